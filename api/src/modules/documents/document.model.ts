// Plain models of the official documents: what the loaders gather (after the CASL checks) and the
// pure builders in utils/ lay out. Nothing here touches the database or pdfmake.

/** One identity block (nama, NIP, pangkat/golongan, jabatan, unit kerja). */
export interface PersonBlock {
  name: string;
  nip: string;
  /** Golongan, e.g. III/a. */
  rank: string;
  /** Pangkat name derived from the golongan (PNS only). */
  pangkat: string | null;
  position: string;
  unit: string;
}

/** The instansi line of every heading: the city and the kecamatan. */
export interface Agency {
  government: string;
  kecamatan: string;
  /** Where documents are signed (tempat). */
  place: string;
}

export interface SkpIndicatorRow {
  aspect: string;
  description: string;
  kind: 'KUANTITATIF' | 'KUALITATIF';
  /** Numeric target with its unit, or null for a KUALITATIF indicator. */
  target: number | null;
  unit: string;
  narrativeTarget: string | null;
  /** TW1–TW4 targets when the indicator has quarter targets (null otherwise). */
  quarterTargets: [number, number, number, number] | null;
}

export interface SkpWorkTargetRow {
  kind: 'UTAMA' | 'TAMBAHAN';
  description: string;
  /** RHK pimpinan yang diintervensi (the supervisor's RHK), or the city's RHK for the Camat. */
  intervenedTarget: string | null;
  indicators: SkpIndicatorRow[];
}

export interface SkpBehaviorRow {
  name: string;
  guides: string[];
  specificExpectation: string | null;
}

export interface SkpDocumentModel {
  agency: Agency;
  year: number;
  approach: 'KUANTITATIF' | 'KUALITATIF';
  status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';
  employee: PersonBlock;
  /** Null for the Camat, whose pejabat penilai sits outside the kecamatan. */
  evaluator: PersonBlock | null;
  workTargets: SkpWorkTargetRow[];
  behaviors: SkpBehaviorRow[];
  annex: {
    resourceSupport: string | null;
    accountabilityScheme: string | null;
    consequences: string | null;
  };
  /** YYYY-MM-DD the SKP is dated: approval, submission or today for a draft. */
  signedOn: string;
}

export interface EvaluationFeedbackRow {
  /** RHK description or BerAKHLAK value name. */
  subject: string;
  rating: string | null;
  text: string;
}

export interface EvaluationDocumentModel {
  agency: Agency;
  year: number;
  period: 'TW1' | 'TW2' | 'TW3' | 'TW4' | 'ANNUAL';
  status: 'DRAFT' | 'FINAL' | 'ACKNOWLEDGED';
  employee: PersonBlock;
  evaluator: PersonBlock | null;
  /** Atasan pejabat penilai kinerja (null when outside the kecamatan). */
  evaluatorSupervisor: PersonBlock | null;
  /** The organisation predicate of the employee's unit (capaian kinerja organisasi). */
  organizationPredicate: string | null;
  organizationUnit: string | null;
  achievement: number | null;
  resultRating: string;
  behaviorRating: string;
  predicate: string;
  summary: string | null;
  feedback: EvaluationFeedbackRow[];
  /** Development activities recommended (training, coaching) with their JP. */
  developmentRecommendations: string[];
  /** Set when an upheld keberatan revised an earlier evaluation into this one. */
  revision: {
    number: number;
    earlierEvaluationId: number;
    earlierPredicate: string;
    decidedOn: string | null;
    decisionReason: string | null;
  } | null;
  /** Set when this evaluation was itself replaced by a later revision. */
  supersededOn: string | null;
  /** Whether a keberatan was decided (the atasan then signs too). */
  objectionDecided: boolean;
  signedOn: string;
}

export interface OrganizationPredicateDocumentModel {
  agency: Agency;
  year: number;
  unit: string;
  unitIsRoot: boolean;
  predicate: string | null;
  recordedOn: string | null;
  referenceNumber: string | null;
  referenceDate: string | null;
  /** Who set it: the Camat (units below the kecamatan) or the city (the kecamatan itself). */
  decidedBy: PersonBlock | null;
  decidedByTitle: string;
  curve: {
    total: number;
    counts: { predicate: string; count: number; percentage: number }[];
    /** Each rule of the curve as checked: the predicates counted together, the bound, the result. */
    rules: {
      predicates: string[];
      bound: string;
      percent: number | null;
      count: number;
      actualPercent: number;
      passed: boolean;
    }[];
    passed: boolean | null;
  };
  signedOn: string;
}
