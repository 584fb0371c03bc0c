import Foundation
import ZIPFoundation

/// An Excel workbook (.xlsx, Office Open XML) of typed cells, made in memory so that it can be
/// written atomically with the files it belongs to. The same sheets give the same bytes: entries
/// carry a fixed date, so a workbook's fingerprint changes only with its content.
public struct Workbook: Equatable, Sendable {
    public var sheets: [Worksheet]

    public init(sheets: [Worksheet]) {
        self.sheets = sheets
    }

    /// The .xlsx file's bytes.
    public func data() throws(WorkbookError) -> Data {
        var seen = Set<String>()
        for sheet in sheets {
            let forbidden = CharacterSet(charactersIn: "[]:*?/\\")
            guard !sheet.name.isEmpty, sheet.name.count <= 31, sheet.name.rangeOfCharacter(from: forbidden) == nil,
                  seen.insert(sheet.name.lowercased()).inserted else { throw .badSheetName(sheet.name) }
        }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", SheetXML.contentTypes(sheets: sheets.count)),
            ("_rels/.rels", SheetXML.packageRels),
            ("xl/workbook.xml", SheetXML.workbook(sheets)),
            ("xl/_rels/workbook.xml.rels", SheetXML.workbookRels(sheets: sheets.count)),
            ("xl/styles.xml", SheetXML.styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", SheetXML.worksheet(sheet)))
        }
        do {
            let archive = try Archive(accessMode: .create)
            for (path, text) in parts {
                let bytes = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: Self.entryDate,
                                     compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw WorkbookError.zip("no data in the in-memory archive") }
            return data
        } catch let error as WorkbookError {
            throw error
        } catch {
            throw .zip(String(describing: error))
        }
    }

    /// 1 January 2000: the date on every entry, so that equal workbooks are equal files.
    private static let entryDate = Date(timeIntervalSince1970: 946_684_800)
}
