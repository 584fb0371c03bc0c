/// The unit id of the region aggregate rows in every result file; a unit given this id would be
/// read as the region by every reader of the files.
public enum RegionUnit {
    public static let id = "REGION"
}
