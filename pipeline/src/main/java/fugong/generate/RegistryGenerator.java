package fugong.generate;

import fugong.domain.County;
import fugong.domain.CountyDirectory;
import fugong.domain.Difficulty;
import fugong.domain.UsccRules;
import fugong.reference.Enterprise;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws the enterprise registry and each enterprise's hidden behaviour. Enterprises are spread
 * evenly over the 13 counties (the remainder goes to the first counties in the order of DOMAIN.md
 * §2.1), or all go to {@link GeneratorConfig#county()} when it is set; about 35% are above scale,
 * 10% key enterprises, 15% on the environmental whitelist.
 */
final class RegistryGenerator {
  private static final List<String> SEPARATORS = List.of(";", "；", "、", ",", "，");

  private final GeneratorConfig config;
  private final Set<String> usedCodes = new HashSet<>();
  private final EnterpriseNames names = new EnterpriseNames();

  RegistryGenerator(GeneratorConfig config) {
    this.config = config;
  }

  /**
   * The profiles of every county, one list per county in the order of {@link
   * CountyDirectory#HENGSHUI} (empty for every county but {@link GeneratorConfig#county()} when it
   * is set).
   */
  List<List<EnterpriseProfile>> generate() {
    List<County> counties = CountyDirectory.HENGSHUI;
    List<List<EnterpriseProfile>> byCounty = new ArrayList<>();
    int perCounty = config.enterprises() / counties.size();
    int remainder = config.enterprises() % counties.size();
    for (int countyIndex = 0; countyIndex < counties.size(); countyIndex++) {
      int count =
          config.county() == null
              ? perCounty + (countyIndex < remainder ? 1 : 0)
              : counties.get(countyIndex).code().equals(config.county()) ? config.enterprises() : 0;
      List<EnterpriseProfile> profiles = new ArrayList<>();
      for (int number = 0; number < count; number++) {
        Enterprise enterprise = enterprise(countyIndex, number);
        profiles.add(profile(enterprise, countyIndex));
      }
      byCounty.add(List.copyOf(profiles));
    }
    return List.copyOf(byCounty);
  }

  /**
   * A valid code of the county that is not yet used: 9 1 + county code + 9 random characters +
   * check.
   */
  String freshCode(String countyCode, SplittableRandom random) {
    while (true) {
      StringBuilder body = new StringBuilder("91").append(countyCode);
      for (int index = 0; index < 9; index++) {
        body.append(UsccRules.ALPHABET.charAt(random.nextInt(UsccRules.ALPHABET.length())));
      }
      String code = body.toString() + UsccRules.checkCharacter(body.toString());
      if (usedCodes.add(code)) {
        return code;
      }
    }
  }

  private Enterprise enterprise(int countyIndex, int number) {
    County county = CountyDirectory.HENGSHUI.get(countyIndex);
    SplittableRandom random = Seeds.random(config.seed(), "registry", county.code(), number);
    String uscc = freshCode(county.code(), random);
    IndustryDivision division = IndustryDivision.draw(random);
    String name = names.draw(countyIndex, division, random);
    boolean aboveScale = random.nextDouble() < 0.35;
    boolean key = random.nextDouble() < (aboveScale ? 0.25 : 0.02);
    boolean whitelist = random.nextDouble() < 0.15;
    double skew = random.nextDouble() * random.nextDouble();
    long employees = aboveScale ? 100 + Math.round(1900 * skew) : 20 + Math.round(260 * skew);
    double outputSkew = random.nextDouble() * random.nextDouble();
    double output = aboveScale ? 8 + 492 * outputSkew : 1 + 59 * outputSkew;
    BigDecimal rounded = BigDecimal.valueOf(output).setScale(2, RoundingMode.HALF_UP);
    return new Enterprise(
        uscc, name, county.code(), division.code(), aboveScale, key, whitelist, employees, rounded);
  }

  private EnterpriseProfile profile(Enterprise enterprise, int countyIndex) {
    SplittableRandom random = Seeds.random(config.seed(), "profile", enterprise.uscc());
    LocalDate start = config.startDate();
    LocalDate resumedOn;
    double never = random.nextDouble();
    if (enterprise.aboveScale()) {
      if (never < 0.04) {
        resumedOn = null;
      } else {
        double early = random.nextDouble();
        int offset =
            early < 0.45
                ? -random.nextInt(10)
                : (int) Math.floor(random.nextDouble() * random.nextDouble() * config.days() * 0.7);
        resumedOn = start.plusDays(offset);
      }
    } else {
      if (never < 0.15) {
        resumedOn = null;
      } else {
        double early = random.nextDouble();
        int offset =
            early < 0.15
                ? -random.nextInt(6)
                : (int) Math.floor(random.nextDouble() * config.days() * 0.95);
        resumedOn = start.plusDays(offset);
      }
    }
    int rampDays = 4 + random.nextInt(9);
    double character = random.nextDouble();
    double capacity;
    if (character < 0.10) {
      capacity = 0.25 + 0.2 * random.nextDouble();
    } else if (character < 0.35) {
      capacity = 0.97 + 0.1 * random.nextDouble();
    } else {
      capacity = 0.7 + 0.22 * random.nextDouble();
    }
    double laxity = 0.3 + 1.7 * random.nextDouble();

    int rooms = 0;
    int residents = 0;
    int area = 0;
    if (random.nextDouble() < 0.5) {
      rooms = 2 + random.nextInt(Math.max(2, (int) Math.min(60, enterprise.normalEmployees() / 8)));
      boolean contradicts = random.nextDouble() < 0.06;
      residents = contradicts ? rooms * 8 : rooms * (2 + random.nextInt(5));
      area =
          contradicts
              ? residents * 3
              : (int) Math.ceil(residents * (3.0 + 3.0 * random.nextDouble()));
    }

    List<Difficulty> difficulties = new ArrayList<>();
    int firstDay = 0;
    int lastDay = -1;
    if (random.nextDouble() < 0.2) {
      int count = random.nextDouble() < 0.7 ? 1 : 2;
      while (difficulties.size() < count) {
        Difficulty difficulty = Difficulty.values()[random.nextInt(Difficulty.values().length)];
        if (!difficulties.contains(difficulty)) {
          difficulties.add(difficulty);
        }
      }
      firstDay = random.nextInt(Math.max(1, config.days() - 2));
      lastDay = firstDay + 1 + random.nextInt(6);
    }
    int spelling = random.nextInt(3);
    String separator = SEPARATORS.get(random.nextInt(SEPARATORS.size()));
    String reporter = ChineseNames.person(random);
    String phone = ChineseNames.mobile(random);
    return new EnterpriseProfile(
        enterprise,
        countyIndex,
        resumedOn,
        rampDays,
        capacity,
        laxity,
        rooms,
        residents,
        area,
        List.copyOf(difficulties),
        firstDay,
        lastDay,
        spelling,
        separator,
        reporter,
        phone);
  }
}
