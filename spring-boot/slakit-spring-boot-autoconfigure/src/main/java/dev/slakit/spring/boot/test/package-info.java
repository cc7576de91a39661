/**
 * Test support for Spring Boot applications that use slakit; needs {@code dev.slakit:src-test-fixtures} on the
 * test classpath.
 */
package dev.slakit.spring.boot.test;
