import Foundation
import SipdrillCore
#if canImport(Glibc)
import Glibc
#endif

/// One session per profile: a lock file holding the owner's pid. A lock whose process is gone
/// (a crash, kill -9) is stale and taken over.
package final class ProfileLock {
    let path: String
    private var held = false

    init(path: String) { self.path = path }

    func acquire() throws(ProgressError) {
        for _ in 0..<3 {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if fd >= 0 {
                let text = Array("\(getpid())\n".utf8)
                _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                fsync(fd)
                close(fd)
                held = true
                return
            }
            guard errno == EEXIST else { return }   // cannot lock (read-only folder): proceed unlocked
            let owner = (try? DurableFile.read(path)).flatMap { $0 }
                .flatMap { Int32(String(decoding: $0, as: UTF8.self).trimmingWhitespace) }
            if let owner, owner != getpid(), Self.isAlive(owner) {
                throw .locked(pid: owner)
            }
            unlink(path)   // stale: its owner is gone
        }
    }

    func release() {
        guard held else { return }
        unlink(path)
        held = false
    }

    static func isAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    deinit { release() }
}
