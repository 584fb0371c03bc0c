/// The planner's version, recorded in partial aggregate files: parts from different versions
/// may simulate differently, so `merge` refuses to combine them.
public enum PlannerVersion {
    public static let current = "1.0.0"
}
