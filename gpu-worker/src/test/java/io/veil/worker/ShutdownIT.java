package io.veil.worker;

import static io.veil.worker.Requests.answer;
import static io.veil.worker.Requests.greet;
import static io.veil.worker.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.veil.protocol.Message;
import io.veil.worker.bench.WorkerClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** SIGTERM and start-up failures of real worker processes. */
class ShutdownIT {

  @Test
  void sigterm_answersInFlight_refusesNewWork_sendsDisconnect_andExitsZero() throws Exception {
    try (WorkerProcess worker = WorkerProcess.withTestBackends("--bind", "tcp://127.0.0.1:*",
        "--backend", "scripted", "--threads", "1", "--max-batch", "1");
        WorkerClient client = new WorkerClient(worker.endpoint())) {
      greet(client);
      client.send(request(1, 10_000, "sleep:2000"));
      Thread.sleep(100);

      worker.terminate();
      Thread.sleep(300);
      client.send(request(2, 10_000, "new"));

      Message refused = answer(client);
      Message drained = answer(client);
      Message bye = client.receiveMatching(Requests.WAIT, m -> m instanceof Message.Disconnect);

      assertThat(refused).isEqualTo(new Message.Error(2, "SHUTTING_DOWN",
          "worker is shutting down"));
      assertThat(drained).isInstanceOf(Message.Reply.class);
      assertThat(((Message.Reply) drained).id()).isEqualTo(1);
      assertThat(bye).isNotNull();
      assertThat(worker.exitCode(Duration.ofSeconds(15))).isZero();
    }
  }

  @Test
  void packagedJar_idle_sigterm_sendsDisconnect_andExitsZero() throws Exception {
    try (WorkerProcess worker = WorkerProcess.jar("--bind", "tcp://127.0.0.1:*");
        WorkerClient client = new WorkerClient(worker.endpoint())) {
      greet(client);

      worker.terminate();

      assertThat(client.receiveMatching(Requests.WAIT, m -> m instanceof Message.Disconnect))
          .isNotNull();
      assertThat(worker.exitCode(Duration.ofSeconds(15))).isZero();
      assertThat(worker.output()).contains("stopped");
    }
  }

  @Test
  void invalidOption_exitsTwo_namingTheKey() throws Exception {
    try (WorkerProcess worker = WorkerProcess.jar("--max-batch", "0")) {
      assertThat(worker.exitCode(Duration.ofSeconds(30))).isEqualTo(2);
      assertThat(worker.output()).contains("key max-batch must be between 1 and 10000");
    }
  }

  @Test
  void unwiredBackend_exitsTwo_sayingItIsNotAvailable() throws Exception {
    try (WorkerProcess worker = WorkerProcess.jar("--backend", "nope")) {
      assertThat(worker.exitCode(Duration.ofSeconds(30))).isEqualTo(2);
      assertThat(worker.output()).contains("key backend must be one of");
    }
  }
}
