/**
 * A user's modular application. It requires gpai4j's evaluation module and nothing else of gpai4j's: core and
 * taxonomy come with it. Its own API shows gpai4j types, hence {@code transitive}.
 */
module com.example.consumer {
  requires transitive io.github.gpai4j.evaluation;

  exports com.example.consumer;
}
