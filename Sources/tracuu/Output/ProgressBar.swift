import Foundation
import TracuuIndex

/// A one-line progress bar on stderr (files, MB, rate, ETA), redrawn at most
/// ten times a second; used only when stderr is a terminal.
final class ProgressBar {
    private var lastDraw = 0.0
    private var drawn = false

    func update(_ progress: IndexProgress) {
        let finished = progress.filesDone == progress.filesTotal
        guard finished || progress.elapsed - lastDraw >= 0.1 else { return }
        lastDraw = progress.elapsed
        let fraction = progress.bytesTotal > 0 ? Double(progress.bytesDone) / Double(progress.bytesTotal) : 1
        let width = 24
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let megabytes = Double(progress.bytesDone) / 1_048_576
        let rate = progress.elapsed > 0 ? megabytes / progress.elapsed : 0
        let remaining = rate > 0 ? (Double(progress.bytesTotal - progress.bytesDone) / 1_048_576) / rate : 0
        let line = String(
            format: "\r%@ %d/%d files  %.1f MB  %.1f MB/s  ETA %d:%02d ",
            bar, progress.filesDone, progress.filesTotal, megabytes, rate, Int(remaining) / 60, Int(remaining) % 60)
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }
}
