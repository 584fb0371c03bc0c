/// The reserved unit id of the region aggregate rows in every result file; no unit may be
/// called so.
public enum RegionUnit {
    public static let id = "REGION"
}
