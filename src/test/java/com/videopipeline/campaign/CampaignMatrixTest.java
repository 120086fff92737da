package com.videopipeline.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignMatrixTest {

    @Test
    void shouldMakeTheCartesianProductWithTheFirstVariableOutermost() {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        axes.put("product", List.of("sneakers", "backpack"));
        axes.put("city", List.of("Paris", "Tokyo", "Lima"));
        CampaignMatrix matrix = new CampaignMatrix(axes);

        List<Map<String, String>> combinations = matrix.combinations();

        assertThat(matrix.size()).isEqualTo(6);
        assertThat(combinations).hasSize(6);
        assertThat(combinations.get(0)).containsExactly(Map.entry("product", "sneakers"), Map.entry("city", "Paris"));
        assertThat(combinations.get(5)).containsExactly(Map.entry("product", "backpack"), Map.entry("city", "Lima"));
        assertThat(combinations.stream().map(c -> CampaignMatrix.id("x", c)))
                .containsExactly("sneakers-paris", "sneakers-tokyo", "sneakers-lima", "backpack-paris",
                        "backpack-tokyo", "backpack-lima");
    }

    @Test
    void shouldMakeOneEmptyCombinationWithoutVariables() {
        CampaignMatrix matrix = new CampaignMatrix(Map.of());

        assertThat(matrix.combinations()).containsExactly(Map.of());
        assertThat(CampaignMatrix.id("daily-teaser", Map.of())).isEqualTo("daily-teaser");
    }

    @Test
    void shouldNameEntriesWithFileSafeLowerCaseWords() {
        assertThat(CampaignMatrix.slug("São Paulo")).isEqualTo("sao-paulo");
        assertThat(CampaignMatrix.slug("  New York!  ")).isEqualTo("new-york");
        assertThat(CampaignMatrix.slug("Air Max 90")).isEqualTo("air-max-90");
        assertThat(CampaignMatrix.slug("東京")).isEmpty();
    }

    @Test
    void shouldExpandOnlyWholeVariables() {
        PromptTemplate template = new PromptTemplate("{{ product }} in {{city}}, {{product}} again");

        assertThat(template.variables()).containsExactly("product", "city");
        assertThat(template.expand(Map.of("product", "Shoes $1", "city", "Paris")))
                .isEqualTo("Shoes $1 in Paris, Shoes $1 again");
        assertThat(template.problem()).isNull();
        assertThat(new PromptTemplate("{{1x}}").problem()).isNotNull();
    }
}
