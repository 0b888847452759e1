/**
 * Gateway configuration: one immutable {@link io.veil.gateway.config.GatewayConfig} built from
 * defaults, then a YAML file, then {@code VEIL_*} environment variables, validated at start with
 * errors that name the key and never echo its value.
 */
package io.veil.gateway.config;
