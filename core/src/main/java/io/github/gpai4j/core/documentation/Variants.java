package io.github.gpai4j.core.documentation;

import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.form.FormItem;
import java.util.List;

/**
 * Merges a model variant's answers into its family's document; the form table says which items vary and the form
 * binds how to set each. The cost is a few shallow copies per per-variant item, whatever the document's size.
 */
final class Variants {
  private Variants() {}

  static ModelDocumentation effective(ModelDocumentation family, ModelVariant variant,
      Form<ModelDocumentation> form) {
    ModelDocumentation own = variant.asDocument();
    ModelDocumentation doc = family.withVariants(List.of());
    for (FormItem item : form.table().items()) {
      if (item.perVariant() && form.isAnswered(item, own)) {
        doc = form.withAnswer(item, doc, form.valueIn(item, own));
      }
    }
    return doc;
  }
}
