package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.taxonomy.MappingResult;
import io.github.gpai4j.taxonomy.TaxonomyEntry;
import io.github.gpai4j.taxonomy.TaxonomyMapping;
import io.github.gpai4j.taxonomy.Taxonomy;
import io.github.gpai4j.taxonomy.SystemicRiskType;
import io.github.gpai4j.taxonomy.SpecifiedSystemicRisk;
import io.github.gpai4j.taxonomy.MappingStatus;
import io.github.gpai4j.taxonomy.TaxonomyVersion;
import io.github.gpai4j.taxonomy.ModelCapability;
import io.github.gpai4j.taxonomy.FirstDraftCapability;
import io.github.gpai4j.taxonomy.FirstDraftRiskType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.taxonomy.risk.SystemicRisk;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The code shown in Javadoc ({@link Taxonomy}, {@link SystemicRisk}) and in the README paragraph proposed for the
 * taxonomy module, compiled and run so that it cannot rot.
 */
class SafetySnippetsTest {

  @Test
  void readme_taxonomy_snippet_runs() {
    // README: look up, translate and map an entry
    Taxonomy fin = Taxonomy.of(TaxonomyVersion.FINAL_2025_07);
    TaxonomyEntry cyber = fin.byCode("FINAL.CAPABILITY.OFFENSIVE_CYBER");
    String citation = cyber.legalBasis().citation();        // "CoP S&S Appendix 1.3.1(1)"
    String french = cyber.label(Locale.FRENCH);              // "Capacités cyberoffensives"
    MappingResult origin = TaxonomyMapping.toFirstDraft(cyber);
    // origin.targets() == [DRAFT1.TYPE.CYBER_OFFENCE (PARTIAL), DRAFT1.CAPABILITY.CYBER_CBRN_AND_WEAPONS (SPLIT)]

    assertEquals("CoP S&S Appendix 1.3.1(1)", citation);
    assertEquals("Capacités cyberoffensives", french);
    assertEquals(List.of(FirstDraftRiskType.CYBER_OFFENCE, FirstDraftCapability.CYBER_CBRN_AND_WEAPONS),
        origin.targets());
    assertEquals(MappingStatus.PARTIAL, origin.links().get(0).status());
    assertEquals(MappingStatus.SPLIT, origin.links().get(1).status());
  }

  @Test
  void readme_risk_check_snippet_runs() {
    // README: a draft risk builds; the checks say what Measure 4.1 still needs
    SystemicRisk cyber = SystemicRisk.builder()
        .id("R-CYBER")
        .specifiedRisk(SpecifiedSystemicRisk.CYBER_OFFENCE)
        .addTypes(SystemicRiskType.PUBLIC_SECURITY)
        .addCapabilities(ModelCapability.OFFENSIVE_CYBER)
        .build();
    ValidationReport report = SystemicRiskValidator.create().validate(cyber);
    // report.ruleIds() == [TAX-2.2-NO-SCENARIO, TAX-4.1-NO-CRITERIA]; report.isValid() == false
    String french = report.toText(Locale.FRENCH);            // one line per finding, citing the Measure

    assertEquals(List.of("TAX-2.2-NO-SCENARIO", "TAX-4.1-NO-CRITERIA"), report.ruleIds());
    assertFalse(report.isValid());
    assertTrue(french.contains("Le risque systémique «\u00a0R-CYBER\u00a0» n’a aucun scénario de risque"), french);
    assertTrue(french.contains("CoP S&S Measure 2.2"), french);
  }
}
