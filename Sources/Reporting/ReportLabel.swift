import ResultFormat

/// Every fixed label and heading of the reports; ``ReportLanguage/text(_:)`` gives its text.
public enum ReportLabel: CaseIterable, Sendable {
    case reportTitle, scenario, tableName, continued
    case aboutRun, startYear, horizon, trials, seed, largestError
    case units, unitId, unitName, municipality, cni, ceiling, region
    case pMeetSection, pMeetIntro, pMeetColumn, missLegend, partlyDefinedLegend
    case indicator, target, year, mean, range
    case regionSection, regionIntro
    case detailSection, detailIntro
    case fanSection, fanIntro, band90, band50, median, targetLine
    case comparisonSection, baseMean, otherMean, difference, differenceRange, pBetter, deltaPMeet
    case staffingSection, staffingIntro, currentFTE, currentPersons, advisedFTE, advisedPersons
    case advisedFractions, feasible, yes, no, pMeetSummary, note
    case tradeOffSection, tradeOffIntro, persons, leastFTE, advisedMark
    case assumptionsSection, assumptionName, value, source
    case interventionsSection, kind, description, appliesTo, noInterventions
    case interventionLogicSection, longTermOutcome, shortTermOutcome, activities, resources
    case logicIndicators, logicDataSources, logicAssumptions
    case resultsSheet, comparisonSheet, staffingSheet, observedSheet
    case summarySection, keyFigures, keyFiguresIntro, unitsMeeting, atRisk, atRiskIntro, noUnitsAtRisk, advice, probability
    case scenarioChanges, heatMapSection, heatMapIntro, heatMapLegend, unitIndexSection, unitPages, unitStaff
    case unitAssumptions, sameAsRegion, doctorsNow, doctorsAdvised, appendix, contents
    case changeUnits, changeCoverage, changeFTE, otherTargets
    case observedSection, observedIntro, observedInside, observedValue, projectedMean, percentile
    case maskedLegend, notCompared, notComparedIntro, indicators, reason
    case unitNotProjected, yearNotProjected, indicatorNotProjected, belowQuantile, aboveQuantile
    case observedOverview, observations, insideBand, belowBand, aboveBand
    case backtestSection, backtestIntro, backtestOverall, backtestCalibrated, backtestTable, allYears, allIndicators
    case insideShare, meanAbsoluteError, meanAbsoluteErrorLegend, backtestHistogram, evenSpread

    /// (Swedish, English).
    var translations: (String, String) {
        switch self {
        case .reportTitle: ("Kapacitetsplan för barnhälsovården", "Capacity plan for child health care")
        case .scenario: ("Scenario", "Scenario")
        case .tableName: ("Tabell", "Table")
        case .continued: ("forts.", "continued")
        case .aboutRun: ("Om beräkningen", "About the run")
        case .startYear: ("Startår", "Start year")
        case .horizon: ("Horisont (år)", "Horizon (years)")
        case .trials: ("Antal simuleringar", "Trials")
        case .seed: ("Slumpfrö", "Random seed")
        case .largestError: ("Största slumpfel i sannolikheterna (medelfel)", "Largest Monte Carlo standard error of a probability")
        case .units: ("Enheter", "Units")
        case .unitId: ("Id", "Id")
        case .unitName: ("Enhet", "Unit")
        case .municipality: ("Kommun", "Municipality")
        case .cni: ("CNI", "CNI")
        case .ceiling: ("Tak, nyfödda per heltidstjänst", "Ceiling, newborns per FTE")
        case .region: ("Region (samtliga enheter)", "Region (all units)")
        case .pMeetSection: ("Sannolikhet att nå målet", "Probability of meeting the target")
        case .pMeetIntro:
            ("Andelen simuleringar där enheten når målet, per år. Målet för nyfödda per heltidstjänst är ett tak "
                + "(högst), övriga mål är golv (minst).",
             "Share of trials in which the unit meets the target, per year. The target for newborns per FTE is a "
                + "ceiling (at most); the other targets are floors (at least).")
        case .pMeetColumn: ("Sannolikhet", "Probability")
        case .missLegend: ("† Sannolikheten att nå målet är under 50 %.", "† The probability of meeting the target is below 50%.")
        case .partlyDefinedLegend:
            ("‡ Gäller bara de försök där måttet finns: i de andra hade enheten ingen familj som skulle ha besöket.",
             "‡ Over the trials where the indicator is defined only: in the others the unit had no family due for it.")
        case .indicator: ("Indikator", "Indicator")
        case .target: ("Mål", "Target")
        case .year: ("År", "Year")
        case .mean: ("Medelvärde", "Mean")
        case .range: ("P5–P95", "P5–P95")
        case .regionSection: ("Regionöversikt", "Region overview")
        case .regionIntro:
            ("Regionens summor och andelar över alla enheter, med 90-procentsintervall (P5–P95) och sannolikheten att nå målet.",
             "Region totals and shares over all units, with the 90% interval (P5–P95) and the probability of meeting the target.")
        case .detailSection: ("Enheterna i detalj", "Units in detail")
        case .detailIntro:
            ("Medelvärde och 90-procentsintervall (P5–P95) för första och sista året.",
             "Mean and 90% interval (P5–P95) in the first and the last year.")
        case .fanSection: ("Solfjädersdiagram", "Fan charts")
        case .fanIntro:
            ("Ljust band: P5–P95, mörkt band: P25–P75, heldragen linje: median, streckad linje: målet.",
             "Light band: P5–P95, dark band: P25–P75, solid line: median, dashed line: the target.")
        case .band90: ("P5–P95", "P5–P95")
        case .band50: ("P25–P75", "P25–P75")
        case .median: ("Median", "Median")
        case .targetLine: ("Mål", "Target")
        case .comparisonSection: ("Jämförelse av scenarier", "Scenario comparison")
        case .baseMean: ("Bas", "Base")
        case .otherMean: ("Alternativ", "Alternative")
        case .difference: ("Skillnad", "Difference")
        case .differenceRange: ("Skillnad P5–P95", "Difference P5–P95")
        case .pBetter: ("Sannolikhet bättre", "Probability better")
        case .deltaPMeet: ("Förändring i sannolikhet att nå målet", "Change in probability of meeting the target")
        case .staffingSection: ("Bemanningsråd", "Staffing advice")
        case .staffingIntro:
            ("Minsta antal heltidstjänster, och deras fördelning på personer, som når de valda målen med vald säkerhet.",
             "The least nurse FTE, and its split into persons, that meets the chosen targets with the chosen confidence.")
        case .currentFTE: ("Tjänster nu", "FTE now")
        case .currentPersons: ("Personer nu", "Persons now")
        case .advisedFTE: ("Föreslagna tjänster", "Advised FTE")
        case .advisedPersons: ("Föreslagna personer", "Advised persons")
        case .advisedFractions: ("Tjänstgöringsgrader", "Employment fractions")
        case .feasible: ("Möjligt", "Feasible")
        case .yes: ("ja", "yes")
        case .no: ("nej", "no")
        case .pMeetSummary: ("Sannolikheter", "Probabilities")
        case .note: ("Anmärkning", "Note")
        case .tradeOffSection: ("Personer mot tjänster", "Persons against FTE")
        case .tradeOffIntro:
            ("För varje enhet och antal sjuksköterskor: minsta antal heltidstjänster som når målen med vald säkerhet "
                + "(– där så många inte kan), och sannolikheterna med dem. Rådet tar färre personer om inte fler sparar mer "
                + "än vad en extra person antas kosta (se anmärkningen).",
             "For each unit and number of nurses: the least FTE that meets the targets with the chosen confidence "
                + "(– where that many cannot), and the probabilities with it. The advice takes fewer persons unless more "
                + "save more FTE than an extra person is taken to cost (see the note).")
        case .persons: ("Personer", "Persons")
        case .leastFTE: ("Minsta tjänster", "Least FTE")
        case .advisedMark: ("Råd", "Advised")
        case .assumptionsSection: ("Antaganden", "Assumptions")
        case .assumptionName: ("Antagande", "Assumption")
        case .value: ("Värde", "Value")
        case .source: ("Källa", "Source")
        case .interventionsSection: ("Insatser", "Interventions")
        case .kind: ("Typ", "Kind")
        case .description: ("Beskrivning", "Description")
        case .appliesTo: ("Enheter", "Units")
        case .noInterventions: ("Scenariot har inga insatser.", "The scenario has no interventions.")
        case .interventionLogicSection: ("Insatslogik", "Intervention logic")
        case .longTermOutcome: ("Långsiktigt resultat", "Long-term outcome")
        case .shortTermOutcome: ("Kortsiktigt resultat", "Short-term outcome")
        case .activities: ("Aktiviteter", "Activities")
        case .resources: ("Resurser", "Resources")
        case .logicIndicators: ("Indikatorer (hur det mäts)", "Indicators (how it is measured)")
        case .logicDataSources: ("Datakällor", "Data sources")
        case .logicAssumptions: ("Antaganden och risker", "Assumptions and threats")
        case .resultsSheet: ("Resultat", "Results")
        case .comparisonSheet: ("Jämförelse", "Comparison")
        case .staffingSheet: ("Bemanning", "Staffing")
        case .observedSheet: ("Observerat", "Observed")
        case .summarySection: ("Sammanfattning", "Summary")
        case .keyFigures: ("Regionens nyckeltal", "The region's key figures")
        case .keyFiguresIntro:
            ("Medelvärde och 90-procentsintervall (P5–P95) första och sista året, och hur många enheter som i medeltal når målet.",
             "Mean and 90% interval (P5–P95) in the first and the last year, and how many units meet the target on average.")
        case .unitsMeeting: ("Enheter som når målet", "Units meeting")
        case .atRisk: ("Enheter i riskzonen", "Units at risk")
        case .atRiskIntro:
            ("Enheter där sannolikheten att nå ett mål något år är under %@, den med lägst sannolikhet först: "
                + "det mål och år som ligger sämst till, och bemanningsrådet.",
             "Units whose probability of meeting a target in some year is below %@, most at risk first: "
                + "the target and year furthest off, and the staffing advice.")
        case .noUnitsAtRisk: ("Alla enheter når alla mål med sannolikhet minst %@.", "Every unit meets every target with a probability of at least %@.")
        case .advice: ("Råd", "Advice")
        case .probability: ("Sannolikhet", "Probability")
        case .scenarioChanges: ("Vad scenariot ändrar", "What the scenario changes")
        case .heatMapSection: ("Sannolikhet att nå målen, enhet för enhet", "Probability of meeting the targets, unit by unit")
        case .heatMapIntro:
            ("Varje ruta är sannolikheten att enheten når målet det året (0–1). Mörk färg: liten sannolikhet, ljus gul: stor.",
             "Each cell is the probability that the unit meets the target that year (0–1). Dark: unlikely, light yellow: likely.")
        case .heatMapLegend: ("Färgskala (viridis):", "Colour scale (viridis):")
        case .unitIndexSection: ("Enheterna per kommun", "Units by municipality")
        case .unitPages: ("Enhet", "Unit")
        case .unitStaff: ("Bemanning och råd", "Staff and advice")
        case .unitAssumptions: ("Antaganden som skiljer sig från regionens", "Assumptions that differ from the region's")
        case .sameAsRegion: ("Enheten räknas med regionens antaganden.", "The unit is run on the region's assumptions.")
        case .doctorsNow: ("Läkare nu", "Doctors now")
        case .doctorsAdvised: ("Föreslagna läkare", "Advised doctors")
        case .appendix: ("Bilaga", "Appendix")
        case .contents: ("Innehåll", "Contents")
        case .changeUnits: ("Enheter över %@", "Units over %@")
        case .changeCoverage: ("Regionens täckning", "Region coverage")
        case .changeFTE: ("Sjukskötersketjänster", "Nurse FTE")
        case .otherTargets: ("Fler mål", "More targets")
        case .observedSection: ("Observerat mot prognos", "Observed beside projected")
        case .observedIntro:
            ("Det som registrerats (observed.csv från bhvplan observe) bredvid prognosen för samma enhet, år och indikator: "
                + "som punkter i solfjädersdiagrammen och i en tabell på varje enhets sida. Percentilen säger var det observerade värdet hamnar i prognosens "
                + "fördelning: den läses av linjärt mellan de två närmaste kvantilerna av P5, P25, P50, P75 och P95 "
                + "(solfjäderns kvantiler; P5, P50 och P95 för indikatorer utan solfjäder). Utanför P5–P95 står bara på vilken sida; "
                + "är värdet lika med flera kvantiler är percentilen mitten av dem. En prognos som bedömer sin osäkerhet rätt "
                + "har ungefär 90 % av observationerna inom P5–P95 och percentiler spridda jämnt mellan 0 och 100.",
             "What was registered (observed.csv from bhvplan observe) beside the projection for the same unit, year and "
                + "indicator, and as points in the fan charts. The percentile says where the observed value falls in the "
                + "projected distribution: it is read off linearly between the two nearest of the quantiles P5, P25, P50, "
                + "P75 and P95 (the fan's quantiles; P5, P50 and P95 for indicators without a fan). Outside P5–P95 only the "
                + "side is given; where the value equals several quantiles, the percentile is the middle of theirs. "
                + "A projection that is right about its uncertainty has about 90% of the observations inside P5–P95 and "
                + "percentiles spread evenly between 0 and 100.")
        case .observedInside:
            ("%1 av %2 visade observationer (%3 %) ligger inom prognosens P5–P95 (små celler, <5, räknas inte).",
             "%1 of %2 observations shown (%3%) lie inside the projected P5–P95 (small cells, <5, not counted).")
        case .observedValue: ("Observerat", "Observed")
        case .projectedMean: ("Prognos, medelvärde", "Projected mean")
        case .percentile: ("Percentil i prognosen", "Percentile in the projection")
        case .maskedLegend:
            ("<5: värdet vilar på färre än 5 barn, eller är ett antal mellan 1 och 4, och visas inte, som officiell statistik "
                + "gör (observed.csv har värdet). Det ritas inte heller i diagrammen.",
             "<5: the value rests on fewer than 5 children, or is a count of 1 to 4, and is not shown, as official statistics "
                + "do (observed.csv has it). It is not drawn in the charts either.")
        case .notCompared: ("Inte jämförda", "Not compared")
        case .notComparedIntro:
            ("Observationer som prognosen inte har någon motsvarighet till, per enhet och år.",
             "Observations the projection has nothing to compare with, per unit and year.")
        case .indicators: ("Indikatorer", "Indicators")
        case .reason: ("Varför", "Why")
        case .unitNotProjected: ("enheten finns inte i prognosen", "the unit is not in the projection")
        case .yearNotProjected: ("året ligger utanför prognosens år %@", "the year is outside the projected years %@")
        case .observedOverview: ("Observationer inom och utanför prognosens P5–P95, per enhet", "Observations inside and outside the projected P5–P95, per unit")
        case .observations: ("Observationer", "Observations")
        case .insideBand: ("Inom P5–P95", "Inside P5–P95")
        case .belowBand: ("Under P5", "Below P5")
        case .aboveBand: ("Över P95", "Above P95")
        case .belowQuantile: ("under P%@", "below P%@")
        case .aboveQuantile: ("över P%@", "above P%@")
        case .indicatorNotProjected: ("indikatorn räknas inte i prognosen för enheten", "the projection has no such indicator for the unit")
        case .backtestSection: ("Efterhandsprövning: prognoserna mot det som registrerades", "Backtest: the projections against what was registered")
        case .backtestIntro:
            ("Varje år har räknats fram med scenariot kalibrerat på åren före det (bhvplan backtest) och jämförts med det som "
                + "registrerades det året, enhet för enhet: hur stor andel av observationerna som ligger inom prognosens P5–P95, "
                + "medelabsolutfelet mellan observerat värde och prognosens medelvärde, och var observationerna hamnar i prognosens fördelning.",
             "Each year was projected with the scenario calibrated on the years before it (bhvplan backtest) and compared with "
                + "what was registered that year, unit by unit: the share of the observations inside the projected P5–P95, the "
                + "mean absolute error between the observed value and the projected mean, and where the observations fall in the "
                + "projected distribution.")
        case .backtestOverall:
            ("Över alla år ligger %1 av %2 observationer (%3 %) inom prognosens P5–P95.",
             "Over all years, %1 of %2 observations (%3%) lie inside the projected P5–P95.")
        case .backtestCalibrated:
            ("En kalibrerad prognos har ungefär 90 % inom P5–P95 och ett platt histogram, ungefär lika många observationer i "
                + "varje stapel (den streckade linjen). Fler i ytterstaplarna betyder att prognosen är för säker, fler i mitten att "
                + "den är för osäker, och en slagsida åt ena hållet att den ligger för högt eller för lågt.",
             "A calibrated projection has about 90% inside P5–P95 and a flat histogram, about as many observations in each bar "
                + "(the dashed line). More in the outer bars means the projection is too sure of itself, more in the middle that "
                + "it is too unsure, and a lean to one side that it lies too high or too low.")
        case .backtestTable:
            ("Andel inom P5–P95 och medelabsolutfel, per år och indikator", "Share inside P5–P95 and mean absolute error, per year and indicator")
        case .allYears: ("Alla år", "All years")
        case .allIndicators: ("Alla indikatorer", "All indicators")
        case .insideShare: ("Inom P5–P95 (%)", "Inside P5–P95 (%)")
        case .meanAbsoluteError: ("Medelabsolutfel", "Mean absolute error")
        case .meanAbsoluteErrorLegend:
            ("Medelabsolutfelet är i indikatorns enhet (antal, eller andel 0–1) och ges inte över alla indikatorer, vars enheter skiljer sig.",
             "The mean absolute error is in the indicator's unit (a count, or a share 0–1) and is not given over all indicators, "
                + "whose units differ.")
        case .backtestHistogram:
            ("Observationernas percentil i prognosen, alla år och indikatorer", "The observations' percentile in the projection, all years and indicators")
        case .evenSpread: ("jämn fördelning, %@ per stapel", "even spread, %@ per bar")
        }
    }
}
