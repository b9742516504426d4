import CICU

/// ICU's word break iterator over UTF-8 bytes, yielding the byte ranges of
/// words and numbers (spaces and punctuation are dropped by rule status).
public final class WordSegmenter {
    /// Opened at the first text: an analyzer that only meets Latin text never loads ICU.
    private var opened: OpaquePointer?

    public init() {}

    deinit { if let opened { tracuu_word_breaker_destroy(opened) } }

    private var breaker: OpaquePointer {
        if let opened { return opened }
        guard let breaker = tracuu_word_breaker_create() else {
            fatalError("ICU word break data is missing; install libicu (libicu-dev on Debian).")
        }
        opened = breaker
        return breaker
    }

    /// Calls `body(start, end)` for each word; stops when it returns false.
    @inline(__always)
    public func forEachWord(in text: UnsafePointer<CChar>, count: Int, _ body: (Int, Int) -> Bool) {
        let breaker = breaker
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
