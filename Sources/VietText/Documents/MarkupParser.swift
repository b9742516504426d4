import CLibXML2

/// The project's one HTML and XML parser: libxml2's, read into `MarkupNode`s. HTML is
/// parsed as browsers recover it (unclosed tags, stray entities); no network, no DTD.
public enum MarkupParser {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// A saved web page; `utf8` says the bytes are UTF-8 whatever the page declares (libxml2
    /// otherwise assumes Latin-1 for a page without a charset).
    public static func html(_ bytes: [UInt8], utf8: Bool) -> MarkupNode? {
        _ = initialized
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, utf8 ? "UTF-8" : nil, options)
            }
        }
        return tree(of: document, html: true)
    }

    /// An XML part (a Word document's `word/document.xml`); nil when it is not well-formed.
    public static func xml(_ bytes: [UInt8]) -> MarkupNode? {
        _ = initialized
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { base in
                xmlReadMemory(base, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        return tree(of: document, html: false)
    }

    /// The document as `MarkupNode`s; HTML's names lower-cased (XML's are kept as written).
    private static func tree(of document: xmlDocPtr?, html: Bool) -> MarkupNode? {
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        let root = MarkupNode(name: "#document")
        var child = document.pointee.children
        while let node = child {
            if let converted = convert(node, html: html) { root.children.append(converted) }
            child = node.pointee.next
        }
        return root
    }

    private static func string(_ characters: UnsafePointer<xmlChar>?) -> String {
        guard let characters else { return "" }
        return String(cString: characters)
    }

    private static func convert(_ node: xmlNodePtr, html: Bool) -> MarkupNode? {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return MarkupNode(name: "#text", text: string(node.pointee.content))
        case XML_ELEMENT_NODE:
            var name = html ? string(node.pointee.name).lowercased() : string(node.pointee.name)
            if let prefix = node.pointee.ns?.pointee.prefix { name = string(prefix) + ":" + name }
            var attributes: [String: String] = [:]
            var property = node.pointee.properties
            while let attribute = property {
                var key = html ? string(attribute.pointee.name).lowercased() : string(attribute.pointee.name)
                if let prefix = attribute.pointee.ns?.pointee.prefix { key = string(prefix) + ":" + key }
                var value = ""
                var part = attribute.pointee.children
                while let text = part {
                    value += string(text.pointee.content)
                    part = text.pointee.next
                }
                attributes[key] = value
                property = attribute.pointee.next
            }
            let element = MarkupNode(name: name, attributes: attributes)
            var child = node.pointee.children
            while let next = child {
                if let converted = convert(next, html: html) { element.children.append(converted) }
                child = next.pointee.next
            }
            return element
        default:
            return nil
        }
    }
}
