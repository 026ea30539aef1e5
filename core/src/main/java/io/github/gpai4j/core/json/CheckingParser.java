package io.github.gpai4j.core.json;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A parser that refuses text no JSON reader should accept silently: a string or property name holding an unpaired
 * UTF-16 surrogate, whether escaped ({@code "\ud800"}) or raw (the three bytes that UTF-8 forbids for surrogates).
 * RFC 8259 section 8.2 leaves such strings to "unpredictable" behaviour; gpai4j would write them back as {@code ?}
 * or not at all, so it refuses them where they stand. Skipped content is read token by token so that it is checked
 * too.
 */
final class CheckingParser extends JsonParserDelegate {
  /** Above this many properties, an object's names are also kept in a hash set, so that checking stays linear. */
  private static final int LINEAR = 16;

  private final boolean detectDuplicates;
  /** The property names of the open objects, outermost first; {@code starts} holds where each object's begin. */
  private String[] names = new String[0];
  /** The hash of each name in {@code names}, compared before the names themselves. */
  private int[] hashes = new int[0];
  private int size;
  private int[] starts = new int[0];
  private @Nullable Set<?>[] sets = new Set<?>[0];
  private int depth;

  CheckingParser(JsonParser delegate) {
    this(delegate, false);
  }

  /**
   * Wraps a parser.
   *
   * @param delegate the parser
   * @param detectDuplicates whether to refuse a property given twice in an object here, for a parser made without
   *     Jackson's own detection (which allocates a hash set per object); the error is {@link DuplicateProperty},
   *     without the location detail Jackson gives: the caller reads again with Jackson's detection to report it
   */
  CheckingParser(JsonParser delegate, boolean detectDuplicates) {
    super(delegate);
    this.detectDuplicates = detectDuplicates;
  }

  @Override
  public JsonToken nextToken() throws JacksonException {
    try {
      return check(delegate.nextToken());
    } catch (StreamConstraintsException e) {
      throw located(e);
    }
  }

  @Override
  public JsonToken nextValue() throws JacksonException {
    try {
      JsonToken t = delegate.nextToken();
      if (t == JsonToken.PROPERTY_NAME) {
        check(t);
        t = delegate.nextToken();
      }
      return check(t);
    } catch (StreamConstraintsException e) {
      throw located(e);
    }
  }

  @Override
  public String nextName() throws JacksonException {
    try {
      String name = delegate.nextName();
      check(delegate.currentToken());
      return name;
    } catch (StreamConstraintsException e) {
      throw located(e);
    }
  }

  @Override
  public boolean nextName(SerializableString str) throws JacksonException {
    try {
      boolean matched = delegate.nextName(str);
      check(delegate.currentToken());
      return matched;
    } catch (StreamConstraintsException e) {
      throw located(e);
    }
  }

  @Override
  public int nextNameMatch(PropertyNameMatcher matcher) throws JacksonException {
    try {
      int match = delegate.nextNameMatch(matcher);
      check(delegate.currentToken());
      return match;
    } catch (StreamConstraintsException e) {
      throw located(e);
    }
  }

  /**
   * Gives a limit error the position of the token being read (its start, which does not depend on how much the
   * parser had buffered) and the JSON Pointer where it stands.
   */
  private LimitException located(StreamConstraintsException e) {
    return e instanceof LimitException l ? l : new LimitException(delegate, e,
        JsonPointers.of(delegate.streamReadContext()));
  }

  @Override
  public JsonParser skipChildren() throws JacksonException {
    JsonToken start = delegate.currentToken();
    if (start != JsonToken.START_OBJECT && start != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken t = nextToken();
      if (t == null) {
        return this;
      }
      if (t.isStructStart()) {
        open++;
      } else if (t.isStructEnd()) {
        open--;
      }
    }
    return this;
  }

  private JsonToken check(JsonToken t) {
    if (t == JsonToken.VALUE_STRING) {
      checkText(delegate.getString());
    } else if (t == JsonToken.PROPERTY_NAME) {
      String name = delegate.currentName();
      checkText(name);
      if (detectDuplicates) {
        name(name);
      }
    } else if (detectDuplicates) {
      if (t == JsonToken.START_OBJECT) {
        openObject();
      } else if (t == JsonToken.END_OBJECT) {
        closeObject();
      }
    }
    return t;
  }

  private void openObject() {
    if (depth == starts.length) {
      starts = Arrays.copyOf(starts, Math.max(8, depth * 2));
      sets = Arrays.copyOf(sets, starts.length);
    }
    starts[depth++] = size;
  }

  private void closeObject() {
    if (depth > 0) {
      depth--;
      size = starts[depth];
      sets[depth] = null;
    }
  }

  @SuppressWarnings("unchecked")
  private void name(String name) {
    if (depth == 0) {
      return; // not inside an object this parser saw open: nothing to compare with
    }
    int start = starts[depth - 1];
    int count = size - start;
    Set<String> set = (Set<String>) sets[depth - 1];
    if (set != null) {
      if (!set.add(name)) {
        throw new DuplicateProperty(delegate, name);
      }
    } else {
      int hash = name.hashCode(); // cached: Jackson hands out the same String for the same name
      for (int i = start; i < size; i++) {
        if (hashes[i] == hash && names[i].equals(name)) {
          throw new DuplicateProperty(delegate, name);
        }
      }
      if (count + 1 > LINEAR) {
        Set<String> all = new HashSet<>();
        for (int i = start; i < size; i++) {
          all.add(names[i]);
        }
        all.add(name);
        sets[depth - 1] = all;
      }
    }
    if (size == names.length) {
      names = Arrays.copyOf(names, Math.max(32, size * 2));
      hashes = Arrays.copyOf(hashes, names.length);
    }
    hashes[size] = name.hashCode();
    names[size++] = name;
  }

  private void checkText(String s) {
    int bad = unpairedSurrogate(s);
    if (bad >= 0) {
      throw new UnpairedSurrogateException(delegate, s.charAt(bad), JsonPointers.of(delegate.streamReadContext()));
    }
  }

  /**
   * Returns the index of the first unpaired surrogate in a string, or -1.
   *
   * @param s the string
   * @return the index, or -1 if every surrogate is paired
   */
  static int unpairedSurrogate(CharSequence s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if ((c & 0xF800) != 0xD800) {
        continue; // not a surrogate (U+D800 to U+DFFF): one test for the common case
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Signals a property given twice in an object, found by this parser's own detection. */
  static final class DuplicateProperty extends StreamReadException {
    private static final long serialVersionUID = 1L;

    DuplicateProperty(JsonParser p, String name) {
      super(p, "Duplicate Object property \"" + name + "\"");
    }
  }

  /** A read limit exceeded, with the pointer and the start of the token where it was exceeded. */
  static final class LimitException extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    private final String pointer;

    LimitException(JsonParser p, StreamConstraintsException cause, String pointer) {
      super(String.valueOf(cause.getOriginalMessage()), p.currentTokenLocation());
      this.pointer = pointer;
    }

    String pointer() {
      return pointer;
    }
  }

  /** Signals a string or name holding an unpaired surrogate, with the JSON Pointer where it stands. */
  static final class UnpairedSurrogateException extends StreamReadException {
    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final char surrogate;

    UnpairedSurrogateException(JsonParser p, char surrogate, String pointer) {
      super(p, "Unpaired surrogate", p.currentTokenLocation());
      this.pointer = pointer;
      this.surrogate = surrogate;
    }

    String pointer() {
      return pointer;
    }

    char surrogate() {
      return surrogate;
    }
  }
}
