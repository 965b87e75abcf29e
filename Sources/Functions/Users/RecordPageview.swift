package import LOW

/// The `RecordPageview` mutation's payload: one view of `url`, rendered in `renderTime` ms.
package struct RecordPageview: CommandPayload {
    package static let name = "RecordPageview"
    package var id: String
    package var url: String
    package var renderTime: Int

    package init(id: String, url: String, renderTime: Int) {
        self.id = id
        self.url = url
        self.renderTime = renderTime
    }

    package init(payload: Value) throws(PayloadError) {
        id = try payload.string("id")
        url = try payload.string("url")
        renderTime = try payload.int("renderTime")
    }

    package var payload: Value { ["id": .string(id), "url": .string(url), "renderTime": .int(renderTime)] }
}
