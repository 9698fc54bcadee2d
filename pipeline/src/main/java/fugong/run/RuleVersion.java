package fugong.run;

/**
 * The version of the definitions (row rules, metric formulas) the code implements. Every output
 * carries it, so a brief regenerated months later can be told apart from one made under other
 * rules. Raise it whenever a rule or formula of DOMAIN.md changes meaning.
 */
public final class RuleVersion {
  public static final String CURRENT = "fugong-rules-1";

  private RuleVersion() {}
}
