import CICU

/// ICU's word break iterator over UTF-8 bytes, yielding the byte ranges of
/// words and numbers (spaces and punctuation are dropped by rule status).
public final class WordSegmenter {
    private let breaker: OpaquePointer

    public init() {
        guard let breaker = tracuu_word_breaker_create() else {
            fatalError("ICU word break data is missing; install libicu (libicu-dev on Debian).")
        }
        self.breaker = breaker
    }

    deinit { tracuu_word_breaker_destroy(breaker) }

    /// Calls `body(start, end)` for each word; stops when it returns false.
    @inline(__always)
    public func forEachWord(in text: UnsafePointer<CChar>, count: Int, _ body: (Int, Int) -> Bool) {
        guard tracuu_word_breaker_set_text(breaker, text, Int32(count)) == 0 else { return }
        var start: Int32 = 0
        var status: Int32 = 0
        while true {
            let end = tracuu_word_breaker_next(breaker, &status)
            if end < 0 { return }
            if status >= 100, !body(Int(start), Int(end)) { return }
            start = end
        }
    }
}
