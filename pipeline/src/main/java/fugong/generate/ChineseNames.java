package fugong.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plausible, made-up Chinese names: enterprise trade names, industry words, persons and mobile
 * numbers.
 */
final class ChineseNames {
  private static final String TRADE_FIRST = "恒华宏鑫永昌瑞泰金德利兴盛丰安嘉凯达通远正新宝富广佳润天建海";
  private static final String TRADE_SECOND = "源达华昌丰盛泰通利发信诚新祥和元宇力鼎邦晟坤阳旺科辉益润顺航";
  private static final String SURNAMES =
      "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤";
  private static final String GIVEN =
      "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红玲芬燕春菊凤洁梅琳云莲雪荣爱香月瑞凡佳嘉琼珍莉晶妍倩婷颖瑶丹蓉君琴薇梦岚毅俊峰保东文辉力永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子昌成康星光天达安岩中茂进林有坚和博诚先振会思群心邦乐功松善庆民友河哲江超浩亮政奇朋斌栋维启克伦翔旭鹏泽晨";
  private static final List<String> MOBILE_PREFIXES = List.of("13", "15", "18");

  /** Every trade name {@link #tradeName} can draw: two different characters, one of each list. */
  static final List<String> TRADE_NAMES = allTradeNames();

  /** The size of the range of {@link #tradeNameIndex}. */
  static final int TRADE_NAME_INDEXES = TRADE_FIRST.length() * TRADE_SECOND.length();

  private ChineseNames() {}

  /** A two-character trade name (字号) such as 恒达 or 鑫盛. */
  static String tradeName(SplittableRandom random) {
    char first = TRADE_FIRST.charAt(random.nextInt(TRADE_FIRST.length()));
    char second;
    do {
      second = TRADE_SECOND.charAt(random.nextInt(TRADE_SECOND.length()));
    } while (second == first);
    return "" + first + second;
  }

  /**
   * A number in [0, {@link #TRADE_NAME_INDEXES}) that tells the trade names {@link #tradeName}
   * draws apart.
   */
  static int tradeNameIndex(String tradeName) {
    return TRADE_FIRST.indexOf(tradeName.charAt(0)) * TRADE_SECOND.length()
        + TRADE_SECOND.indexOf(tradeName.charAt(1));
  }

  private static List<String> allTradeNames() {
    List<String> names = new ArrayList<>();
    for (char first : TRADE_FIRST.toCharArray()) {
      for (char second : TRADE_SECOND.toCharArray()) {
        if (second != first) {
          names.add("" + first + second);
        }
      }
    }
    return List.copyOf(names);
  }

  /** A person's name: a surname and one or two given characters. */
  static String person(SplittableRandom random) {
    StringBuilder name = new StringBuilder();
    name.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    int given = random.nextDouble() < 0.7 ? 2 : 1;
    for (int index = 0; index < given; index++) {
      name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return name.toString();
  }

  /** An 11-digit mobile number starting 13, 15 or 18. */
  static String mobile(SplittableRandom random) {
    StringBuilder phone =
        new StringBuilder(MOBILE_PREFIXES.get(random.nextInt(MOBILE_PREFIXES.size())));
    while (phone.length() < 11) {
      phone.append((char) ('0' + random.nextInt(10)));
    }
    return phone.toString();
  }
}
