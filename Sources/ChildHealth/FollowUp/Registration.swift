/// One row of a registrations extract: a code or keyword (sökord) registered for a child.
public struct Registration: Sendable, Equatable {
    /// The pseudonymous child id.
    public var child: String
    public var born: YearMonth
    public var date: CalendarDay
    /// The code or keyword as registered.
    public var code: String
    /// The unit the child was connected to on 31 December of the registration's year, where the
    /// extract gives it.
    public var unitOnNewYearsEve: String?
    public var file: String
    public var line: Int

    /// A registration read from `file` at `line`.
    public init(child: String, born: YearMonth, date: CalendarDay, code: String, unitOnNewYearsEve: String?, file: String, line: Int) {
        self.child = child
        self.born = born
        self.date = date
        self.code = code
        self.unitOnNewYearsEve = unitOnNewYearsEve
        self.file = file
        self.line = line
    }
}
