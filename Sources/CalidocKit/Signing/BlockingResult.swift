import Dispatch

/// Runs swift-certificates' asynchronous checks from synchronous code (the CLI commands and the
/// library's signature API are synchronous).
///
/// The task runs on a thread of its own (a task executor preference), not on the cooperative
/// pool: waiting on a pool thread for a task that needs a pool thread deadlocks when every pool
/// thread is waiting, which happens as soon as tests run in parallel on two cores.
enum BlockingResult {
    /// Runs `operation` to completion and returns its value.
    static func wait<Value: Sendable>(_ operation: @escaping @Sendable () async -> Value) -> Value {
        let box = Box<Value>()
        let done = DispatchSemaphore(value: 0)
        Task(executorPreference: SignatureExecutor.shared) {
            box.value = await operation()
            done.signal()
        }
        done.wait()
        // The semaphore orders the write before this read.
        return box.value!
    }

    private final class Box<Value>: @unchecked Sendable {
        var value: Value?
    }
}

/// A task executor backed by one serial dispatch queue, outside Swift's cooperative pool.
final class SignatureExecutor: TaskExecutor, @unchecked Sendable {
    /// The executor signature checks run on.
    static let shared = SignatureExecutor()
    private let queue = DispatchQueue(label: "calidoc.firmas")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
