package io.github.gpai4j.evaluation.obligations; /** tmp */ final class Tmp { private Tmp() {} }
