package io.github.gpai4j.evaluation.form;

import io.github.gpai4j.core.form.FormItem;
import io.github.gpai4j.core.form.FormTable;
import io.github.gpai4j.core.validation.MessageSource;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The messages of the rules derived from a form table. One generic template per kind of rule, in this package's
 * bundle; the form's own facts (item label, the way a sentence names the form, the items that allow {@code N/A})
 * come from its table and label bundle and are put into the template, so no item fact is written in a message.
 * Keys keep the form's message prefix ({@code mdf.required.MDF-7.3}), so reports stay stable.
 */
final class FormMessages implements MessageSource {

  static final String BASE_NAME = "io.github.gpai4j.evaluation.form.messages";

  private static final MessageSource GENERIC =
      MessageSource.ofBundle(locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  private final FormTable table;
  private final String prefix;

  FormMessages(FormTable table) {
    this.table = table;
    this.prefix = table.messagePrefix() + ".";
  }

  @Override
  public String template(String key, Locale locale) {
    if (!key.startsWith(prefix)) {
      throw new java.util.MissingResourceException("No form message " + key, FormMessages.class.getName(), key);
    }
    String kind = key.substring(prefix.length());
    String template;
    if (kind.startsWith("required.")) {
      FormItem item = table.item(kind.substring("required.".length()));
      boolean byStatute = !item.formRecipients().containsAll(item.statuteRecipients());
      template = GENERIC.template(byStatute ? "form.required.statute" : "form.required", locale)
          .replace("%label%", escape(table.label(item.id(), locale)));
    } else if (kind.equals("na.notAllowed")) {
      List<FormItem> allowed = table.notApplicableItems();
      template = allowed.isEmpty() ? GENERIC.template("form.na.notAllowed.nowhere", locale)
          : GENERIC.template("form.na.notAllowed", locale).replace("%items%", escape(list(allowed, locale)));
    } else {
      template = GENERIC.template("form." + kind, locale);
    }
    return template.replace("%form%", escape(table.reference(locale)));
  }

  /** Lists items as {@code MDF-1.6, 2.3b, 2.4b and 8.1}: the first id in full, the others by number. */
  private String list(List<FormItem> items, Locale locale) {
    StringBuilder sb = new StringBuilder(items.get(0).id());
    for (int i = 1; i < items.size(); i++) {
      sb.append(i == items.size() - 1 ? GENERIC.template("form.list.and", locale) : ", ")
          .append(table.number(items.get(i)));
    }
    return sb.toString();
  }

  /** Escapes a text for a {@link java.text.MessageFormat} pattern. */
  private static String escape(String text) {
    return text.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
  }
}
