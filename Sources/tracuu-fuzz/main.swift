// libFuzzer target for the analyzer. Build and run (see README, "Fuzzing"):
//   swift build -c release --product tracuu-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
//   .build/release/tracuu-fuzz -max_total_time=60
// It checks, on arbitrary bytes, that token offsets stay inside the input and
// in order, positions never go backwards, every token has an exact form, and
// the fast Latin segmentation agrees with ICU's whenever it applies.
#if FUZZING
import Foundation
import VietText

nonisolated(unsafe) let analyzer = Analyzer()
nonisolated(unsafe) let segmenter = WordSegmenter()
nonisolated(unsafe) var boundaries: [Int32] = []

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    data.withMemoryRebound(to: CChar.self, capacity: max(size, 1)) { text in
        var lastEnd = 0
        var lastPosition = -1
        analyzer.analyze(text, count: size) { token in
            precondition(token.start >= lastEnd && token.start < token.end && token.end <= size, "offsets out of order or bounds")
            precondition(token.position == lastPosition + 1, "positions must advance by one")
            precondition(!token.exact.isEmpty, "empty exact form")
            lastEnd = token.end
            lastPosition = token.position
            return true
        }
        // Compared on valid UTF-8 only: tracuu analyzes Swift strings, never other bytes,
        // and ICU and the fast path may split an invalid sequence differently.
        if String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) != nil,
           LatinWordSegmenter.segment(data, count: size, into: &boundaries) {
            var icu: [Int32] = []
            segmenter.forEachWord(in: text, count: size) { start, end in
                icu.append(Int32(start)); icu.append(Int32(end)); return true
            }
            precondition(icu == boundaries, "fast segmentation differs from ICU")
        }
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ body: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runDriver(&argc, &argv) { fuzzOne($0, $1) })
#else
print("tracuu-fuzz is a libFuzzer target: swift build -c release --product tracuu-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING")
#endif
