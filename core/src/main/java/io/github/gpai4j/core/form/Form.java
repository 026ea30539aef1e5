package io.github.gpai4j.core.form;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Recipient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A form version bound to the Java type that holds its answers: the {@link FormTable} plus, for each item id, the
 * accessor that reads the item's answer from a document. The binding is the only Java a form version needs;
 * everything else about an item is in its table row.
 *
 * <p>This class applies the one answered policy ({@link Answers}) to a document: {@link #isAnswered},
 * {@link #isNotApplicable}, {@link #isFilled} (answered with an answer the form accepts) and {@link #missing}.
 * Instances are immutable and thread-safe when the accessors are.
 *
 * @param <D> the document type
 * @since 0.2.0
 */
public final class Form<D> {

  private final FormTable table;
  private final Map<String, Function<? super D, ?>> accessors;
  private final Map<String, BiFunction<D, @Nullable Object, D>> writers;
  private final Function<D, List<D>> models;

  private Form(FormTable table, Map<String, Function<? super D, ?>> accessors,
      Map<String, BiFunction<D, @Nullable Object, D>> writers, Function<D, List<D>> models) {
    this.table = table;
    this.accessors = Map.copyOf(accessors);
    this.writers = Map.copyOf(writers);
    this.models = models;
  }

  /**
   * Returns the single-model documents a document stands for: the document itself, or for a document about a
   * model family each variant's document (as the form binds it; for the Model Documentation Form,
   * {@code forVariant(i)}).
   *
   * @param document the document, not null
   * @return the documents, at least one
   * @since 0.3.0
   */
  public List<D> models(D document) {
    requireNonNull(document, "document");
    List<D> list = models.apply(document);
    return list.isEmpty() ? List.of(document) : list;
  }

  /**
   * Returns the ids of the items a document fills ({@link #isFilled}) for every model it stands for
   * ({@link #models}): a family's item counts when the family answers it or every variant does.
   *
   * @param document the document, not null
   * @return the item ids, in form order
   * @since 0.3.0
   */
  public java.util.Set<String> filledItems(D document) {
    List<D> all = models(document);
    java.util.Set<String> filled = new java.util.LinkedHashSet<>();
    for (FormItem item : table.items()) {
      boolean everywhere = true;
      for (D model : all) {
        if (!isFilled(item, model)) {
          everywhere = false;
          break;
        }
      }
      if (everywhere) {
        filled.add(item.id());
      }
    }
    return java.util.Collections.unmodifiableSet(filled);
  }

  /**
   * Starts binding a table's items to accessors.
   *
   * @param table the table, not null
   * @param <D> the document type
   * @return a new binder
   */
  public static <D> Binder<D> bind(FormTable table) {
    return new Binder<>(requireNonNull(table, "table"));
  }

  /**
   * Returns the table.
   *
   * @return the table
   */
  public FormTable table() {
    return table;
  }

  /**
   * Returns an item's answer in a document: a string, date, quantity, selection, list or
   * {@link io.github.gpai4j.core.Applicable}.
   *
   * @param item an item of this form's table, not null
   * @param document the document, not null
   * @return the answer, or null if absent
   * @throws IllegalArgumentException if the item is not bound in this form
   */
  public @Nullable Object valueIn(FormItem item, D document) {
    requireNonNull(item, "item");
    requireNonNull(document, "document");
    Function<? super D, ?> accessor = accessors.get(item.id());
    if (accessor == null) {
      throw new IllegalArgumentException("Item " + item.id() + " is not part of form " + table);
    }
    return accessor.apply(document);
  }

  /**
   * Returns a copy of a document with another answer to an item that a model family may answer per variant
   * ({@link FormItem#perVariant()}): the form binds a writer for each such item. Costs what the document type's
   * copy methods cost (for Immutables values, a shallow copy of the changed objects).
   *
   * @param item a per-variant item of this form's table, not null
   * @param document the document, not null
   * @param value the new answer, of the type the item's accessor returns, or null for none
   * @return the copy
   * @throws IllegalArgumentException if the form binds no writer for the item
   * @throws ClassCastException if the value is not of the item's type
   * @since 0.3.0
   */
  public D withAnswer(FormItem item, D document, @Nullable Object value) {
    requireNonNull(item, "item");
    requireNonNull(document, "document");
    BiFunction<D, @Nullable Object, D> writer = writers.get(item.id());
    if (writer == null) {
      throw new IllegalArgumentException("Item " + item.id() + " of form " + table + " has no writer");
    }
    return writer.apply(document, value);
  }

  /**
   * Returns whether a document answers an item ({@link Answers#isAnswered(Object, boolean)}; {@code N/A} counts).
   *
   * @param item the item, not null
   * @param document the document, not null
   * @return true if answered
   */
  public boolean isAnswered(FormItem item, D document) {
    return Answers.isAnswered(valueIn(item, document), item.conditional());
  }

  /**
   * Returns whether a document answers an item with {@code N/A} ({@link Answers#isNotApplicable(Object)}), or with
   * "None" where the item is not conditional: "there is none" answers an item asked "if any", and on any other item
   * says that the item does not apply, which the form writes {@code N/A} (allowed only where the form offers it).
   *
   * @param item the item, not null
   * @param document the document, not null
   * @return true for an {@code N/A} answer
   */
  public boolean isNotApplicable(FormItem item, D document) {
    return Answers.isNotApplicable(item, valueIn(item, document));
  }

  /**
   * Returns whether a document answers an item {@code N/A} although the form does not offer it there.
   *
   * @param item the item, not null
   * @param document the document, not null
   * @return true for a forbidden {@code N/A}
   */
  public boolean isForbiddenNotApplicable(FormItem item, D document) {
    return !requireNonNull(item, "item").notApplicableAllowed() && isNotApplicable(item, document);
  }

  /**
   * Returns whether a document answers an item with an answer the form accepts: answered, and not an {@code N/A}
   * the form does not offer. Completeness and the command-line summary count these.
   *
   * @param item the item, not null
   * @param document the document, not null
   * @return true if filled
   */
  public boolean isFilled(FormItem item, D document) {
    return isAnswered(item, document) && !isForbiddenNotApplicable(item, document);
  }

  /**
   * Returns the items that go to a recipient and are not {@linkplain #isFilled filled} for every model the document
   * stands for ({@link #filledItems}), in form order.
   *
   * @param document the document, not null
   * @param recipient the recipient, not null
   * @return the missing items, unmodifiable
   */
  public List<FormItem> missing(D document, Recipient recipient) {
    requireNonNull(document, "document");
    requireNonNull(recipient, "recipient");
    java.util.Set<String> filled = filledItems(document);
    List<FormItem> missing = new ArrayList<>();
    for (FormItem item : table.fieldsFor(recipient)) {
      if (!filled.contains(item.id())) {
        missing.add(item);
      }
    }
    return List.copyOf(missing);
  }

  /** Returns the table's {@code documentType/version}. */
  @Override
  public String toString() {
    return table.toString();
  }

  /**
   * Binds item ids to accessors; {@link #build()} checks that every item of the table is bound exactly once.
   *
   * @param <D> the document type
   * @since 0.2.0
   */
  public static final class Binder<D> {
    private final FormTable table;
    private final Map<String, Function<? super D, ?>> accessors = new LinkedHashMap<>();
    private final Map<String, BiFunction<D, @Nullable Object, D>> writers = new LinkedHashMap<>();
    private Function<D, List<D>> models = d -> List.of();

    private Binder(FormTable table) {
      this.table = table;
    }

    /**
     * Binds an item id to the accessor of its answer.
     *
     * @param id the item id, not null
     * @param accessor reads the answer from a document, returning null when absent; not null
     * @return this binder
     * @throws IllegalArgumentException if the table has no such item or it is bound already
     */
    public Binder<D> item(String id, Function<? super D, ?> accessor) {
      requireNonNull(accessor, "accessor");
      table.item(id);
      if (accessors.put(id, accessor) != null) {
        throw new IllegalArgumentException("Item " + id + " is bound twice");
      }
      return this;
    }

    /**
     * Binds a per-variant item ({@link FormItem#perVariant()}) to the writer that sets its answer, so that a model
     * variant's answers can be merged into its family's document ({@link Form#withAnswer}).
     *
     * @param id the item id, not null
     * @param writer returns a copy of a document with the given answer (null for none); not null
     * @return this binder
     * @throws IllegalArgumentException if the table has no such item or its writer is bound already
     * @since 0.3.0
     */
    public Binder<D> writer(String id, BiFunction<D, @Nullable Object, D> writer) {
      requireNonNull(writer, "writer");
      table.item(id);
      if (writers.put(id, writer) != null) {
        throw new IllegalArgumentException("Item " + id + " has two writers");
      }
      return this;
    }

    /**
     * Binds how a document about a model family stands for one document per model ({@link Form#models}); without
     * it, every document stands for itself.
     *
     * @param models returns the single-model documents, or an empty list for a single-model document; not null
     * @return this binder
     * @since 0.3.0
     */
    public Binder<D> models(Function<D, List<D>> models) {
      this.models = requireNonNull(models, "models");
      return this;
    }

    /**
     * Returns the form.
     *
     * @return the form
     * @throws IllegalStateException if an item of the table is not bound, or a per-variant item has no writer,
     *     naming it
     */
    public Form<D> build() {
      for (FormItem item : table.items()) {
        if (!accessors.containsKey(item.id())) {
          throw new IllegalStateException("Item " + item.id() + " of form " + table + " has no accessor");
        }
        if (item.perVariant() && !writers.containsKey(item.id())) {
          throw new IllegalStateException("Per-variant item " + item.id() + " of form " + table + " has no writer");
        }
      }
      return new Form<>(table, accessors, writers, models);
    }
  }
}
