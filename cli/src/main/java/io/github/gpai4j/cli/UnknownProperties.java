package io.github.gpai4j.cli;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.json.ReadResult;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationReport;
import java.util.List;

/**
 * The rule {@value #RULE_ID} of {@code validate --lenient}: a property the document type does not define was kept
 * and is reported as information, at its JSON Pointer, so that nothing a provider wrote goes unseen.
 *
 * <p>The rule cites Art.&nbsp;53(1)(a) and (b), the provisions under which the documentation is drawn up and kept
 * up to date: a property gpai4j does not know is documentation it cannot check, not an infringement.
 *
 * @since 0.1.0
 */
public final class UnknownProperties {
  /** The stable id of the rule. */
  public static final String RULE_ID = "DOC-UNKNOWN-PROPERTY";

  /** Information: a property outside the document type, kept but not checked. */
  public static final Rule RULE = new Rule(RULE_ID, Severity.INFO,
      List.of(LegalBasis.article(53, "1", "a"), LegalBasis.article(53, "1", "b")), List.of(), "unknownProperty",
      "A property the document type does not define was kept by a lenient reading and is not checked.",
      Messages.SOURCE);

  private UnknownProperties() {}

  /**
   * Returns one {@value #RULE_ID} finding per unknown property of a lenient reading, in document order.
   *
   * @param read the lenient reading, not null
   * @return the report, empty when every property is known
   */
  public static ValidationReport findings(ReadResult<?> read) {
    return ValidationReport.of(read.unknownProperties().keySet().stream()
        .map(pointer -> RULE.finding(JsonPointer.parse(pointer), pointer)).toList());
  }
}
