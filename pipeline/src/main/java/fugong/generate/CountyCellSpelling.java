package fugong.generate;

import fugong.domain.County;

/**
 * How a county's clerk fills the 县市区 cell: code, name, name without suffix, or name with stray
 * spaces.
 */
enum CountyCellSpelling {
  CODE,
  NAME,
  NAME_WITHOUT_SUFFIX,
  SPACED_NAME;

  String spell(County county) {
    String name = county.name();
    return switch (this) {
      case CODE -> county.code();
      case NAME -> name;
      case NAME_WITHOUT_SUFFIX ->
          name.length() > 1 && (name.endsWith("区") || name.endsWith("县") || name.endsWith("市"))
              ? name.substring(0, name.length() - 1)
              : name;
      case SPACED_NAME -> String.join(" ", name.split(""));
    };
  }
}
