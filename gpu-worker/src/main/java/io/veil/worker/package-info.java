/**
 * The worker process: its command line ({@link io.veil.worker.GpuWorkerMain}), its one immutable
 * configuration record built from defaults, a file, {@code VEIL_WORKER_*} variables and options,
 * and the registry that maps a {@code --backend} name to the backend it runs.
 */
package io.veil.worker;
