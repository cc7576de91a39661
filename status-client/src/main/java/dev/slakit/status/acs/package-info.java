/**
 * The {@link dev.slakit.status.StatusClient} over an existing {@code com.aliyuncs.IAcsClient}, for
 * applications that already use {@code aliyun-java-sdk-core} (an optional dependency: only this package
 * refers to it).
 */
package dev.slakit.status.acs;
