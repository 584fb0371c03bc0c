import ChildHealth
import Reporting

/// The web page's own labels in Swedish and English; everything the reports already name (an
/// indicator, "Probability of meeting the target", the assumptions) comes from ``ReportLabel``
/// and ``ReportLanguage``.
enum WebText: CaseIterable {
    case title, scenarios, overview, overviewIntro, unitPage, whatIf, whatIfIntro, compare, compareIntro, size, sizeIntro
    case downloads, pdfReport, open, base, other, run, persons, role, fraction, remove, addPerson, newbornsPerYear
    case asScenario, withChange, change, legendGood, legendMiddle, legendBad, noProbability, problems, warnings
    case staff, running, backTo, notFound, loadFailed, pdfMissing, confidence, trialsField, interventionsHere, none
    case programme, offerRate, programmeSchedule, from, saveAs, save, saveHint, savedAs, superseded, stopped, percentagePoints, nurse, doctor

    /// A staff role's name in `language`.
    static func role(_ role: Person.Role, _ language: ReportLanguage) -> String {
        (role == .nurse ? nurse : doctor).text(language)
    }

    /// The label in `language`.
    func text(_ language: ReportLanguage) -> String {
        let (sv, en) = translations
        return language == .sv ? sv : en
    }

    private var translations: (String, String) {
        switch self {
        case .title: ("Kapacitetsplanering för barnhälsovården", "Capacity planning for child health care")
        case .scenarios: ("Scenarier", "Scenarios")
        case .overview: ("Regionöversikt", "Region overview")
        case .overviewIntro:
            ("Sannolikheten att varje enhet når varje mål under året, samma tal som results.csv för samma antal simuleringar och slumpfrö.",
             "The probability that each unit meets each target in the year, the same numbers as results.csv for the same trials and seed.")
        case .unitPage: ("Enhet", "Unit")
        case .whatIf: ("Tänk om …", "What if …")
        case .whatIfIntro:
            ("Ändra enhetens personal, förväntade antal nyfödda, CNI eller hembesöksprogram. Svaret räknas med samma slumptal som scenariot, "
                + "så skillnaden beror på ändringen och inte på slumpen.",
             "Change the unit's staff, expected newborns, CNI or home-visit programme. The answer is computed on the same random numbers as the "
                + "scenario, so the difference is due to the change, not to chance.")
        case .compare: ("Jämför två scenarier", "Compare two scenarios")
        case .compareIntro: ("Skillnaden beräknas med samma slumptal i båda scenarierna (som bhvplan compare).",
                             "The difference is computed on the same random numbers in both scenarios (as bhvplan compare).")
        case .size: ("Dimensionera enheten", "Size the unit")
        case .sizeIntro: ("Minsta antal sjukskötersketjänster, fördelade på personer, som når målen med vald säkerhet (som bhvplan size).",
                          "The least nurse FTE, split into persons, that meets the targets with the chosen confidence (as bhvplan size).")
        case .downloads: ("Ladda ner", "Download")
        case .pdfReport: ("Rapport (PDF)", "Report (PDF)")
        case .open: ("Öppna", "Open")
        case .base: ("Bas", "Base")
        case .other: ("Alternativ", "Alternative")
        case .run: ("Räkna", "Compute")
        case .persons: ("Personer", "Persons")
        case .role: ("Roll", "Role")
        case .fraction: ("Tjänstgöringsgrad", "Employment fraction")
        case .remove: ("Slutar", "Leaves")
        case .addPerson: ("Ny person (lämna tom om ingen)", "New person (leave empty if none)")
        case .newbornsPerYear: ("Förväntade nyfödda per år", "Expected newborns per year")
        case .asScenario: ("Scenariot", "Scenario")
        case .withChange: ("Med ändringen", "With the change")
        case .change: ("Skillnad", "Difference")
        case .legendGood: ("minst 80 %", "at least 80%")
        case .legendMiddle: ("50–80 %", "50–80%")
        case .legendBad: ("under 50 %", "below 50%")
        case .noProbability: ("inget mål", "no target")
        case .problems: ("Rätta de rödmarkerade värdena", "Correct the values marked in red")
        case .warnings: ("Att titta på", "Worth a look")
        case .staff: ("Personal", "Staff")
        case .running: ("Räknar …", "Computing …")
        case .backTo: ("Tillbaka till", "Back to")
        case .notFound: ("Finns inte", "Not found")
        case .loadFailed: ("Scenariot kan inte läsas", "The scenario cannot be read")
        case .pdfMissing: ("PDF kräver LaTeX (latexmk) på servern", "A PDF needs LaTeX (latexmk) on the server")
        case .confidence: ("Säkerhet", "Confidence")
        case .trialsField: ("Antal simuleringar", "Trials")
        case .interventionsHere: ("Åtgärder vid enheten", "Interventions at the unit")
        case .none: ("inga", "none")
        case .programme: ("Utökat hembesöksprogram", "Extended home-visit programme")
        case .offerRate: ("Andel av målgruppen som erbjuds programmet", "Share of the target group offered the programme")
        case .programmeSchedule: ("besök vid barnets ålder i månader:", "visits at the child's age in months:")
        case .from: ("från", "from")
        case .saveAs: ("Spara som nytt scenario", "Save as a new scenario")
        case .save: ("Spara", "Save")
        case .saveHint: ("namn: bokstäver a–z, siffror, - och _; en befintlig fil skrivs aldrig över",
                         "name: letters a–z, digits, - and _; an existing file is never overwritten")
        case .savedAs: ("Sparat som scenariot", "Saved as scenario")
        case .superseded: ("Ersatt av en nyare fråga från samma sida", "Superseded by a newer what-if from the same page")
        case .stopped: ("Avbruten: frågan drogs tillbaka", "Stopped: the question was withdrawn")
        case .percentagePoints: ("procentenheter", "percentage points")
        case .nurse: ("sjuksköterska", "nurse")
        case .doctor: ("läkare", "doctor")
        }
    }
}
