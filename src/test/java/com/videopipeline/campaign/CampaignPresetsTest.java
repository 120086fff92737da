package com.videopipeline.campaign;

import static com.videopipeline.campaign.CampaignFiles.SPRING_SALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.videopipeline.enrich.StylePresets;
import com.videopipeline.enrich.StyleProperties;
import com.videopipeline.enrich.StyleProperties.Brand;
import com.videopipeline.enrich.StyleProperties.Preset;
import com.videopipeline.provider.TestRouting;
import com.videopipeline.request.DropContext;
import com.videopipeline.request.LineOutcome;
import com.videopipeline.request.RawLine;
import com.videopipeline.request.RequestDefaults;
import com.videopipeline.request.RequestMapper;
import com.videopipeline.request.VideoSize;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A campaign's defaults may name a style preset, a brand guide and expansion; every entry then asks for them. */
class CampaignPresetsTest {

    private static final StyleProperties STYLES = new StyleProperties(
            Map.of("vertical", new Preset("Vertical:", null, null, null, null, VideoSize.parse("720x1280"), 4)),
            Map.of("acme", new Brand("For Acme:", null, null)));

    private final RequestMapper mapper = new RequestMapper(new RequestDefaults(8, VideoSize.parse("1280x720"), 24),
            new StylePresets(STYLES));
    private final CampaignRequests requests = new CampaignRequests(mapper, TestRouting.with(Map.of()).router());

    @Test
    void shouldGiveEveryEntryTheDefaultsPresetBrandAndExpand() {
        Campaign campaign = CampaignFiles.read(withStyle("  preset: vertical\n  brand: acme\n  expand: false\n"));

        List<RawLine> lines = CampaignRequests.lines(campaign);

        assertThat(lines).hasSize(6).allSatisfy(line -> assertThat(line.fields())
                .containsEntry("preset", "vertical").containsEntry("brand", "acme").containsEntry("expand", false));
        assertThat(requests.problems(campaign)).isEmpty();
    }

    @Test
    void shouldTakeThePresetsSizeAndSecondsWhereTheCampaignLeavesThemOut() {
        Campaign campaign = CampaignFiles.read(withStyle("  preset: vertical\n")
                .replace("  seconds: 5\n", "").replace("  size: 1280x720\n", ""));

        LineOutcome first = mapper.map(CampaignRequests.lines(campaign).get(0), DropContext.withoutFolder(null));

        assertThat(first.request().size()).isEqualTo(VideoSize.parse("720x1280"));
        assertThat(first.request().seconds()).isEqualTo(4);
        assertThat(first.request().options().preset()).isEqualTo("vertical");
    }

    @Test
    void shouldReportEveryEntryNamingAPresetThatIsNotConfigured() {
        Campaign campaign = CampaignFiles.read(withStyle("  preset: noir\n"));

        assertThat(requests.problems(campaign)).hasSize(6).first().asString()
                .isEqualTo("entry sneakers-paris: preset 'noir' is not configured (known: vertical)");
    }

    @Test
    void shouldRefuseAMisspeltEnrichmentKeyInTheDefaults() {
        assertThatThrownBy(() -> CampaignFiles.read(withStyle("  presets: vertical\n")))
                .hasMessageContaining("defaults.presets: unknown key (allowed here: provider, model, seconds, size,"
                        + " style, cache, preset, brand, expand)");
    }

    private static String withStyle(String lines) {
        return CampaignFiles.with(SPRING_SALE, "  style: cinematic\n", "  style: cinematic\n" + lines);
    }
}
