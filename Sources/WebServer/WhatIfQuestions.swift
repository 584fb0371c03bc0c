import Synchronization

/// The latest question of each what-if form open in a browser. The page's script numbers its
/// questions (`sequence`) within its form (`form_id`, made when the page was served); once a
/// newer question of the same form has come, an older one still queued or running is
/// superseded and stops between blocks of trials, so a person who changes the question does not
/// wait for, or take a simulation slot with, the answer to the one before. A question whose
/// client has closed the connection is withdrawn and stops the same way.
final class WhatIfQuestions: Sendable {
    private let latest = Mutex<[String: Int]>([:])
    private let withdrawals = Atomic<Int>(0)

    /// One question being answered: stopped when superseded, or withdrawn (its client gone).
    final class Question: Sendable {
        fileprivate let form: String?
        fileprivate let sequence: Int
        private let questions: WhatIfQuestions
        private let withdrawn = Atomic<Bool>(false)

        fileprivate init(form: String?, sequence: Int, questions: WhatIfQuestions) {
            self.form = form
            self.sequence = sequence
            self.questions = questions
        }

        /// Whether a newer question of the same form has come.
        var isSuperseded: Bool {
            guard let form else { return false }
            return questions.latest.withLock { ($0[form] ?? sequence) > sequence }
        }

        /// Whether the answer is no longer wanted.
        var isStopped: Bool { isSuperseded || withdrawn.load(ordering: .relaxed) }

        /// Marks the question as no longer wanted (its client has gone).
        func withdraw() {
            withdrawn.store(true, ordering: .relaxed)
            questions.withdrawals.add(1, ordering: .relaxed)
        }

        /// Forgets the form once its latest question is answered.
        func answered() {
            guard let form else { return }
            questions.latest.withLock { if $0[form] == sequence { $0[form] = nil } }
        }
    }

    /// Registers question `sequence` of form `form` (nil: a form without the page's script,
    /// which nothing supersedes).
    func ask(form: String?, sequence: Int) -> Question {
        if let form { latest.withLock { $0[form] = max($0[form] ?? sequence, sequence) } }
        return Question(form: form, sequence: sequence, questions: self)
    }

    /// Forms with a question open (for the tests).
    var open: Int { latest.withLock { $0.count } }

    /// Questions withdrawn so far (for the tests).
    var withdrawn: Int { withdrawals.load(ordering: .relaxed) }
}
