import TracuuIndex

/// A reference's mentions per month (or year) as the numbers of an SVG bar chart, drawn by
/// the server: bars, counts over them and period labels spaced so they never overlap.
enum TimelineChart {
    static let height = 220
    static let baseline = 180
    static let plotHeight = 150
    static let left = 8

    static func values(_ timeline: ReferenceTimeline) -> [String: Any]? {
        let periods = timeline.periods
        guard let most = periods.map(\.mentions).max(), most > 0 else { return nil }
        let step = max(8, min(48, 960 / max(1, periods.count)))
        let barWidth = max(4, step * 3 / 4)
        let width = left * 2 + step * periods.count
        let labelEvery = max(1, (58 + step - 1) / step)
        var bars: [[String: Any]] = []
        var labels: [[String: Any]] = []
        for (index, period) in periods.enumerated() {
            let x = left + index * step + (step - barWidth) / 2
            let barHeight = period.mentions == 0 ? 0 : max(2, period.mentions * plotHeight / most)
            bars.append([
                "period": period.period, "mentions": period.mentions, "x": x, "y": baseline - barHeight, "barWidth": barWidth,
                "barHeight": barHeight, "middle": x + barWidth / 2, "countY": baseline - barHeight - 4,
                "showCount": period.mentions > 0 && step >= 18,
            ])
            if index % labelEvery == 0 {
                labels.append(["x": x + barWidth / 2, "y": baseline + 16, "text": period.period])
            }
        }
        return [
            "width": width, "height": height, "left": left, "right": width - left, "baseline": baseline, "bars": bars, "labels": labels,
            "label": "Số lần được nhắc theo \(timeline.unit == .year ? "năm" : "tháng")",
        ]
    }
}
