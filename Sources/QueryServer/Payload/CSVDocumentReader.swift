import LoupeJSON

/// Reads CSV documents the way Meilisearch does: the first record names the fields, optionally typed as
/// `name:string`, `name:number` or `name:boolean` (strings by default); RFC 4180 quoting (`""` inside a
/// quoted field is a quote); an empty cell is `null`. A record with more cells than the header, an
/// unterminated quote, or a cell that does not parse as its declared type is an error naming the line.
struct CSVDocumentReader {
    let delimiter: UInt8

    struct Failure: Error, CustomStringConvertible {
        let line: Int
        let reason: String
        var description: String { "CSV error at line \(line): \(reason)" }
    }

    private enum FieldType { case string, number, boolean }

    func documents(_ bytes: [UInt8]) throws(Failure) -> [JSONValue] {
        var records = try self.records(bytes)
        guard !records.isEmpty else { return [] }
        let header = records.removeFirst().cells
        var fields: [(name: String, type: FieldType)] = []
        for cell in header {
            let text = String(decoding: cell, as: UTF8.self)
            if let colon = text.lastIndex(of: ":") {
                let suffix = text[text.index(after: colon)...]
                let type: FieldType? = switch suffix {
                case "string": .string
                case "number": .number
                case "boolean": .boolean
                default: nil
                }
                if let type {
                    fields.append((String(text[..<colon]), type))
                    continue
                }
            }
            fields.append((text, .string))
        }
        var documents: [JSONValue] = []
        documents.reserveCapacity(records.count)
        for record in records {
            guard record.cells.count <= fields.count else {
                throw Failure(line: record.line, reason: "\(record.cells.count) cells, but the header names \(fields.count) fields")
            }
            var object = JSONObject()
            for (index, field) in fields.enumerated() {
                let cell = index < record.cells.count ? record.cells[index] : []
                object[field.name] = try value(cell, type: field.type, field: field.name, line: record.line)
            }
            documents.append(.object(object))
        }
        return documents
    }

    private func value(_ cell: [UInt8], type: FieldType, field: String, line: Int) throws(Failure) -> JSONValue {
        if cell.isEmpty { return .null }
        let text = String(decoding: cell, as: UTF8.self)
        switch type {
        case .string:
            return .string(text)
        case .number:
            let trimmed = text.trimmingSpaces
            guard let number = JSONNumber(literal: trimmed) else {
                throw Failure(line: line, reason: "`\(text)` in field `\(field)` is not a number")
            }
            return .number(number)
        case .boolean:
            switch text.trimmingSpaces {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: throw Failure(line: line, reason: "`\(text)` in field `\(field)` is not a boolean")
            }
        }
    }

    /// Splits the input into records of raw cells, honouring quotes; blank lines are skipped.
    private func records(_ bytes: [UInt8]) throws(Failure) -> [(line: Int, cells: [[UInt8]])] {
        var records: [(line: Int, cells: [[UInt8]])] = []
        var cells: [[UInt8]] = []
        var cell: [UInt8] = []
        var line = 1, recordLine = 1
        var inQuotes = false, quotedCell = false
        var index = 0
        func finishRecord() {
            cells.append(cell)
            if !(cells.count == 1 && cells[0].isEmpty && !quotedCell) { records.append((recordLine, cells)) }
            cells = []
            cell = []
            quotedCell = false
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                        cell.append(byte)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    cell.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                guard cell.isEmpty else { throw Failure(line: line, reason: "a quote inside an unquoted field") }
                inQuotes = true
                quotedCell = true
            case delimiter:
                cells.append(cell)
                cell = []
            case UInt8(ascii: "\r") where index < bytes.count && bytes[index] == UInt8(ascii: "\n"):
                continue
            case UInt8(ascii: "\n"):
                finishRecord()
                line += 1
                recordLine = line
            default:
                cell.append(byte)
            }
        }
        guard !inQuotes else { throw Failure(line: recordLine, reason: "unterminated quoted field") }
        if !cell.isEmpty || !cells.isEmpty || quotedCell { finishRecord() }
        return records
    }
}

extension String {
    /// The string without leading and trailing ASCII spaces and tabs.
    var trimmingSpaces: String {
        var view = Substring(self)
        while let first = view.first, first == " " || first == "\t" { view.removeFirst() }
        while let last = view.last, last == " " || last == "\t" { view.removeLast() }
        return String(view)
    }
}
