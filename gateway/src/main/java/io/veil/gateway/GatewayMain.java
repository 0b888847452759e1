package io.veil.gateway;

import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.veil.gateway.config.ConfigException;
import io.veil.gateway.config.ConfigLoader;
import io.veil.gateway.config.GatewayConfig;
import io.veil.gateway.dispatch.CurveKeys;
import io.veil.gateway.dispatch.DispatchConfig;
import io.veil.gateway.dispatch.Dispatcher;
import io.veil.gateway.dispatch.ZmqDispatcher;
import io.veil.gateway.http.GatewayVerticle;
import io.veil.gateway.http.Services;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Starts the gateway: {@code java -jar veil-gateway.jar --config deploy/gateway.yaml --inventory
 * deploy/inventory.local.yaml}. Configuration comes from defaults, then the file, then {@code
 * VEIL_*} variables; the workers come from the inventory, which is watched for changes.
 */
@Command(name = "veil-gateway", mixinStandardHelpOptions = true,
    description = "Veil gateway: filters sensitive data out of JSON events.")
public final class GatewayMain implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(GatewayMain.class);
  /** Exit code for a configuration error, distinct from picocli's usage error (2). */
  private static final int EXIT_CONFIG = 3;
  /** Exit code when the servers could not start (a port in use). */
  private static final int EXIT_START = 1;

  @Option(names = "--config", description = "YAML configuration file (optional)")
  Path config;

  @Option(names = "--inventory", required = true, description = "Worker inventory YAML file")
  Path inventory;

  @Option(names = "--curve-keys", description = "Directory holding gateway.pub and gateway.secret"
      + " (CURVE keypair for workers whose inventory entry names a server key)")
  Path curveKeys;

  @Override
  public Integer call() throws Exception {
    GatewayConfig cfg;
    try {
      cfg = ConfigLoader.load(config, System.getenv());
      if (!Files.isReadable(inventory)) {
        throw new ConfigException("--inventory", "file is not readable");
      }
    } catch (ConfigException e) {
      System.err.println(e.getMessage());
      return EXIT_CONFIG;
    }
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    // Memory, GC, threads and CPU beside Veil's own meters: operators watch the sidecar's
    // footprint on the collector host, and overload tests bound it.
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    DispatchConfig dispatchConfig = DispatchConfig.defaults();
    if (curveKeys != null) {
      dispatchConfig = dispatchConfig.withCurveClient(CurveKeys.readPair(curveKeys, "gateway"));
    }
    Dispatcher dispatcher = ZmqDispatcher.start(dispatchConfig, inventory, registry);
    Vertx vertx = Vertx.builder()
        .with(new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions()
            .setEnabled(true)
            // LOCAL keeps the API and management servers' meters apart; HTTP_ROUTE is the
            // route template, a closed set (HTTP_PATH would label by whatever clients send).
            .addLabels(Label.LOCAL, Label.HTTP_ROUTE)
            .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true))))
        .withMetrics(new MicrometerMetricsFactory(registry)).build();
    ExecutorService filterPool = Services.filterPool();
    Services services = Services.create(cfg, dispatcher, registry, filterPool);
    GatewayVerticle verticle = new GatewayVerticle(services);
    try {
      vertx.deployVerticle(verticle).await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      System.err.println("gateway did not start: cannot listen on " + cfg.httpHost() + ":"
          + cfg.httpPort() + " or " + cfg.managementHost() + ":" + cfg.managementPort() + " ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
      vertx.close();
      filterPool.shutdown();
      dispatcher.close();
      services.close();
      return EXIT_START;
    }
    LOG.info("gateway listening: api={}:{} management={}:{}", cfg.httpHost(), verticle.apiPort(),
        cfg.managementHost(), verticle.managementPort());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("gateway stopping");
      try {
        vertx.close().await(10, TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        LOG.warn("vert.x did not close within 10 s");
      }
      filterPool.shutdown();
      dispatcher.close();
      services.close();
      stopped.countDown();
    }, "veil-shutdown"));
    stopped.await();
    return 0;
  }

  /** Command-line entry point. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new GatewayMain()).execute(args));
  }
}
