package fugong.generate;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.domain.CountyDirectory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EnterpriseNamesTest {
  @Test
  void everyCombinationOfPartsSpellsADifferentName() {
    for (int countyIndex = 0; countyIndex < CountyDirectory.HENGSHUI.size(); countyIndex++) {
      List<String> names = new ArrayList<>();
      for (IndustryDivision division : IndustryDivision.values()) {
        names.addAll(EnterpriseNames.allNames(countyIndex, division));
      }
      assertThat(names).as("county %d", countyIndex).doesNotHaveDuplicates();
    }
  }

  @Test
  void drawsEveryNameOnceThenBranchesWhenACountyHasNoNameLeftForADivision() {
    EnterpriseNames names = new EnterpriseNames();
    List<String> all = EnterpriseNames.allNames(0, IndustryDivision.D44);
    SplittableRandom random = new SplittableRandom(7);
    Set<String> drawn = new HashSet<>();
    for (int number = 0; number < all.size(); number++) {
      drawn.add(names.draw(0, IndustryDivision.D44, random));
    }
    assertThat(drawn).containsExactlyInAnyOrderElementsOf(all);

    String branch = names.draw(0, IndustryDivision.D44, random);
    assertThat(branch).endsWith("有限公司第1分公司");
    assertThat(all).contains(branch.substring(0, branch.indexOf("第")));
    assertThat(names.draw(0, IndustryDivision.D44, random)).endsWith("第2分公司");
    assertThat(names.draw(1, IndustryDivision.D44, random)).doesNotContain("分公司");
  }
}
