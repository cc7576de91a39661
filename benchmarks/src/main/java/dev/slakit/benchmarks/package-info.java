/** JMH benchmarks of slakit beside the official SDK and naive baselines. */
package dev.slakit.benchmarks;
