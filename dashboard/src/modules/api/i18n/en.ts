import type { apiErrorsId } from './id';

// English texts of the API's refusals; spread into i18n/dictionaries/en.ts.
export const apiErrorsEn: Record<keyof typeof apiErrorsId, string> = {
  'error.locale': 'en-GB',
  'error.field': 'This value is not valid.',
  'error.code.UNAUTHENTICATED': 'Please sign in again.',
  'error.code.FORBIDDEN': 'You are not allowed to do this.',
  'error.code.BAD_USER_INPUT': 'Check the marked fields.',
  'error.code.NOT_FOUND': 'Not found. Reload the page.',
  'error.code.CONFLICT':
    'This cannot be changed that way right now. Reload the page and try again.',
  'error.code.SERVICE_UNAVAILABLE':
    'The server is temporarily unavailable. Please try again in a moment.',
  'reason.LOGIN_REQUIRED': 'Please sign in first.',
  'reason.INVALID_TOKEN': 'Your session is not valid. Please sign in again.',
  'reason.FIELD_FORBIDDEN': 'You may not see part of this data.',
  'reason.AUDIT_LOG_FORBIDDEN': 'The audit log is for the Camat and HR only.',
  'reason.NOT_FOUND': 'Not found. Reload the page.',
  'reason.STALE_VERSION':
    'Someone else has just changed this. Reload to see the latest version, then make your change again.',
  'reason.REFERENCE_CHANGED':
    'Something this refers to was changed by someone else at the same time. Reload the page and try again.',
  'reason.DUPLICATE': 'Someone else has just saved the same thing. Reload the page and try again.',
  'reason.IDEMPOTENCY_KEY_REUSED':
    'This submission was already recorded with different input. Reload the page to see what was saved.',
  'reason.IDEMPOTENCY_KEY_IN_PROGRESS':
    'The same submission is being processed. Wait a moment, then reload the page.',
  'reason.IDEMPOTENCY_RESULT_LOST':
    'This submission was saved, but its answer was lost. Reload the page to see the result.',
  'reason.INVALID_IDEMPOTENCY_KEY':
    'The submission key is not valid. Reload the page and try again.',
  'reason.IDEMPOTENCY_KEY_NOT_APPLICABLE':
    'A submission key applies to one creating request at a time.',
  'reason.INVALID_INPUT': 'Check the marked fields.',
  'reason.SERVICE_UNAVAILABLE':
    'The server is temporarily unavailable. Please try again in a moment.',
  'reason.QUERY_TOO_DEEP': 'The query is too deep ({depth}; the limit is {maxDepth}).',
  'reason.TOO_MANY_ALIASES':
    'The query uses too many aliases ({aliases}; the limit is {maxAliases}).',
  'reason.QUERY_TOO_COSTLY':
    'The query is too costly ({cost}; the limit is {maxCost}). Ask for less data at once.',
  'reason.REQUIRED': 'Required.',
  'reason.LENGTH': 'Use {min}–{max} characters.',
  'reason.MAX_LENGTH': 'At most {max} characters.',
  'reason.CONTROL_CHARACTERS':
    'Remove the invisible control characters (often carried over by pasted text).',
  'reason.INVALID_DATE': 'Enter a valid date.',
  'reason.DATE_IN_FUTURE': 'The date must not be in the future.',
  'reason.DATE_RANGE': 'Choose a date from {from} to {to}.',
  'reason.DATE_BEFORE_START': 'The end date must not be before {from}.',
  'reason.INVALID_ID': 'This is not a valid choice.',
  'reason.INVALID_CURSOR': 'This page of the list is not valid. Reload the list.',
  'reason.PAGE_SIZE': 'The page size must be {min}–{max}.',
  'reason.INVALID_VARIABLE': 'This value is not of the expected type.',
  'reason.REPEATED': 'Given more than once.',
  'reason.NOT_ONE_OF': 'Choose one of: {allowed}.',
  'reason.UNKNOWN_REFERENCE': 'Does not exist; choose an existing one.',
  'reason.NO_CHANGES': 'Nothing was changed.',
  'reason.WHOLE_NUMBER_RANGE': 'Enter a whole number from {min} to {max}.',
  'reason.POSITIVE_NUMBER': 'Enter a number above 0.',
  'reason.NON_NEGATIVE_NUMBER': 'Enter a number of 0 or more.',
  'reason.INVALID_URL': 'Enter a valid http(s) link (at most {max} characters).',
  'reason.WRONG_CREDENTIALS': 'Wrong NIP/username or password.',
  'reason.RATE_LIMITED': 'Too many sign-in attempts. Please wait a moment before trying again.',
  'reason.SESSION_EXPIRED': 'Your session has expired. Please sign in again.',
  'reason.SESSION_ENDED': 'This session has ended. Please sign in again.',
  'reason.ACCOUNT_INACTIVE': 'This account is no longer active. Please contact the HR subdivision.',
  'reason.ACCOUNT_LOCKED':
    'This account is locked. Please contact the HR subdivision (Subbagian Umum dan Kepegawaian) to unlock it.',
  'reason.PASSWORD_CHANGE_REQUIRED': 'Change your one-time password first.',
  'reason.ACCOUNTS_FORBIDDEN': 'Only the HR subdivision manages accounts.',
  'reason.ACCOUNT_SELF_LOCK': 'You cannot lock your own account.',
  'reason.ACCOUNT_SELF_RESET': 'Change your own password from Change password, not with a reset.',
  'reason.ACCOUNT_ALREADY_LOCKED': 'This account is locked already.',
  'reason.ACCOUNT_NOT_LOCKED': 'This account is not locked.',
  'reason.ROLE_NOT_GRANTABLE': 'Roles that can be granted: {allowed}.',
  'reason.ROLE_ALREADY_HELD': 'This account holds that role already.',
  'reason.ROLE_NOT_HELD': 'This account does not hold that role.',
  'reason.ROLE_SELF_REMOVAL': 'You cannot remove your own HR admin role; ask another HR admin.',
  'reason.ROLE_NEEDS_EMPLOYEE': 'The leader role belongs to an employee’s account (the Camat).',
  'reason.ROLE_SEGREGATION':
    'HR admin and leader cannot be held by one account (segregation of duties).',
  'reason.LAST_HR_ADMIN': 'This is the last active HR admin; give the role to someone else first.',
  'reason.WRONG_PASSWORD': 'The current password is wrong.',
  'reason.PASSWORD_TOO_SHORT': 'The password needs at least {min} characters.',
  'reason.PASSWORD_TOO_WEAK':
    'This password is too easy to guess. Use several random words unrelated to your name or NIP.',
  'reason.PASSWORD_UNCHANGED': 'The new password must differ from the current one.',
  'reason.TREND_FORBIDDEN': 'You may not see this employee’s evaluations.',
  'reason.NO_TEAM_IN_UNIT': 'You have no team in this unit.',
  'reason.KECAMATAN_SUMMARY_FORBIDDEN': 'The kecamatan summary is for the Camat and HR only.',
  'reason.CYCLE_CREATE_FORBIDDEN': 'Only HR creates cycles.',
  'reason.CYCLE_STATUS_FORBIDDEN': 'You may not change a cycle’s status.',
  'reason.CYCLE_TRANSITION_FORBIDDEN':
    'This step is not yours: HR opens a cycle, HR or the Camat starts calibration, and only the Camat closes it.',
  'reason.CYCLE_DEADLINES_FORBIDDEN': 'Only HR sets a cycle’s deadlines.',
  'reason.CYCLE_THRESHOLDS_FORBIDDEN': 'Only HR sets a cycle’s achievement thresholds.',
  'reason.THRESHOLD_ORDER':
    'Must be above the “meets expectations” threshold ({meetsThreshold} %).',
  'reason.THRESHOLD_PRECISION': 'Use at most {decimals} decimals.',
  'reason.OVERDUE_FORBIDDEN': 'Overdue lists name people and are not available to your role.',
  'reason.CYCLE_EXISTS': 'A cycle for {year} exists already.',
  'reason.CYCLE_TRANSITION_INVALID':
    'A cycle moves PLANNING → ACTIVE → CALIBRATION → CLOSED; this step does not follow that order.',
  'reason.CYCLE_CLOSED': 'The {year} cycle is closed.',
  'reason.CYCLE_NOT_OPEN': 'The {year} cycle no longer accepts changes.',
  'reason.PERIOD_NOT_ENDED':
    'This period has not ended: its evaluation can be finalised from {finalizableFrom}. Save it as a draft for now.',
  'reason.REPORTING_CLOSED': 'Reporting for this period closed on {closedOn}.',
  'reason.YEAR_RANGE': 'Enter a year from {min} to {max}.',
  'reason.MEETS_THRESHOLD_RANGE': 'Enter a number from {min} to {max}.',
  'reason.EXCEEDS_THRESHOLD_RANGE': 'Enter a number from {min} to {max}.',
  'reason.CURVE_FAILURE_REASON_REQUIRED':
    'The distribution curve fails ({units}): write the Camat’s reason for closing the cycle.',
  'reason.DAYS_RANGE': 'Enter a number of days from {min} to {max}.',
  'reason.REPORTING_WINDOW_TOO_SHORT':
    'Reporting must stay open at least until realisations are due.',
  'reason.PERIOD_NOT_STARTED': 'This period has not started yet (it opens {opensOn}).',
  'reason.DEVELOPMENT_PLAN_FORBIDDEN': 'You may not see this employee’s development plan.',
  'reason.DEVELOPMENT_ACTIVITY_CREATE_FORBIDDEN':
    'Only the employee’s supervisor chain builds their development plan.',
  'reason.DEVELOPMENT_ACTIVITY_FIELDS_FORBIDDEN': 'You are not allowed to make this change.',
  'reason.PROGRAM_MANAGE_FORBIDDEN': 'Only HR manages the training catalogue.',
  'reason.TRAINING_EFFECT_FORBIDDEN': 'The effect of training is for HR and the Camat only.',
  'reason.JP_STATISTICS_FORBIDDEN': 'JP statistics are for analysts, HR and the Camat only.',
  'reason.PROGRAM_TAKEN': 'This programme is already planned or done for this employee.',
  'reason.ACTIVITY_STATUS_TRANSITION': 'The activity’s status cannot change that way.',
  'reason.ACTIVITY_FINISHED':
    'The activity is done or cancelled: only its outcome and evidence can change.',
  'reason.PROGRAM_CODE_TAKEN': 'The programme code {programCode} is taken.',
  'reason.PROGRAM_RETIRED': 'This programme is no longer offered.',
  'reason.PROGRAM_REQUIRED': 'Choose a catalogue programme for a training.',
  'reason.PROGRAM_NOT_ALLOWED': 'Only a training names a catalogue programme.',
  'reason.JP_REQUIRED': 'JP is required for coaching and mentoring.',
  'reason.CANCEL_REASON_REQUIRED':
    'A required coaching can only be cancelled with a reason of at least {min} characters.',
  'reason.CANCEL_REASON_NOT_CANCELLING': 'A reason is given only when cancelling.',
  'reason.TRAINING_TITLE_FIXED': 'A training keeps its programme’s title.',
  'reason.REQUIRED_REASON_FIXED':
    'A required coaching keeps the reason its annual predicate gives.',
  'reason.NOT_EMPLOYEE_EVALUATION': 'Not an evaluation of this employee.',
  'reason.NOT_EMPLOYEE_INDICATOR': 'Not an indicator of this employee’s SKP.',
  'reason.PROGRAM_CODE_FORMAT':
    'A code of 2–32 capital letters, digits or dashes, e.g. PLT-KOM-01.',
  'reason.COMPETENCIES_REQUIRED': 'Choose at least one BerAKHLAK value or indicator aspect.',
  'reason.DOCUMENT_FORBIDDEN': 'You may not open this document.',
  'reason.NOT_EVALUATOR': 'Only the direct supervisor (this SKP’s pejabat penilai) evaluates.',
  'reason.NOT_EVALUATED_EMPLOYEE': 'Only the evaluated employee may do this.',
  'reason.EVALUATIONS_CLOSED': 'The {year} cycle no longer accepts evaluations.',
  'reason.EVALUATION_NOT_DRAFT': 'This evaluation is final and cannot be changed.',
  'reason.EVALUATION_NOT_FINAL': 'Only a final evaluation can be acknowledged.',
  'reason.OBJECTION_ANNUAL_ONLY': 'Objections are for the annual evaluation only.',
  'reason.OBJECTION_NOT_IN_FORCE': 'Objections are for a final evaluation in force only.',
  'reason.OBJECTION_WINDOW_CLOSED': 'The {days}-day objection window closed on {closedOn}.',
  'reason.OBJECTION_EXISTS': 'An objection to this evaluation was filed already.',
  'reason.OBJECTION_RESPOND_FORBIDDEN':
    'Only the pejabat penilai who made the evaluation responds to its objection.',
  'reason.OBJECTION_DECIDED_OUTSIDE':
    'The atasan pejabat penilai is outside the kecamatan: HR records their decision.',
  'reason.OBJECTION_DECIDE_FORBIDDEN': 'Only the atasan pejabat penilai decides this objection.',
  'reason.OBJECTION_RECORD_FORBIDDEN': 'Only HR records a decision taken outside the kecamatan.',
  'reason.OBJECTION_DECIDED_INSIDE':
    'The atasan pejabat penilai is in the system and decides this objection.',
  'reason.ALREADY_DECIDED': 'This objection was decided already.',
  'reason.AWAITING_RESPONSE':
    'The pejabat penilai’s response is awaited; without it, the objection can be decided from {decidableFrom}.',
  'reason.DECISION_WINDOW_CLOSED':
    'The decision deadline has passed: the objection had to be decided by {decideBy}.',
  'reason.ORGANIZATION_PREDICATE_FORBIDDEN':
    'Only the Camat and HR record organisation predicates.',
  'reason.ROOT_PREDICATE_BY_HR':
    'The kecamatan’s predicate is decided by the city and recorded by HR with its reference.',
  'reason.UNIT_PREDICATE_BY_LEADER':
    'Only the Camat records the predicates of the units below the kecamatan.',
  'reason.CALIBRATION_FORBIDDEN': 'Calibration is for the Camat and HR only.',
  'reason.FINALIZATION_REASON_REQUIRED':
    'Write a reason: some indicators are unreported or the achievement is far from the chosen rating.',
  'reason.REQUIRED_TO_UPHOLD': 'Required to uphold the objection.',
  'reason.NOT_QUALITATIVE_INDICATOR': 'Not a qualitative indicator of this SKP.',
  'reason.NOT_PLAN_WORK_TARGET': 'Not an RHK of this SKP.',
  'reason.DECISION_BEFORE_FILING':
    'The decision cannot be dated before the objection was filed ({filedOn}).',
  'reason.FEEDBACK_AUTHOR_NOT_EMPLOYEE': 'Only employees give and answer feedback.',
  'reason.FEEDBACK_TO_SELF': 'Feedback goes to someone else.',
  'reason.FEEDBACK_RECIPIENT_OUT_OF_REACH':
    'Feedback goes down or up your reporting line, or to a colleague of the same unit.',
  'reason.FEEDBACK_ACKNOWLEDGE_FORBIDDEN': 'Only the recipient acknowledges this feedback.',
  'reason.FEEDBACK_REPLY_FORBIDDEN':
    'Only the author and the recipient of the feedback reply to it.',
  'reason.NO_ACTIVE_CYCLE': 'No active cycle: feedback is closed.',
  'reason.FEEDBACK_THREAD_CLOSED':
    'This feedback’s cycle is no longer active: the thread is closed.',
  'reason.FEEDBACK_LINK_EXCLUSIVE': 'Link the feedback to an RHK or a BerAKHLAK value, not both.',
  'reason.FEEDBACK_WORK_TARGET_INVALID': 'Not an RHK of the recipient’s SKP in the active cycle.',
  'reason.EMPLOYEE_CREATE_FORBIDDEN': 'Only HR adds employees.',
  'reason.EMPLOYEE_UPDATE_FORBIDDEN': 'You may not change this employee.',
  'reason.EMPLOYEE_FIELDS_FORBIDDEN': 'Some of what you changed is not yours to change.',
  'reason.EMPLOYEE_IMPORT_FORBIDDEN': 'Only HR imports employees.',
  // Units and positions.
  'reason.ORG_STRUCTURE_FORBIDDEN': 'Only HR changes units and positions.',
  'reason.ROOT_UNIT_FIXED': 'The kecamatan is the top unit; it cannot be moved or closed.',
  'reason.UNIT_CLOSED': 'This unit is closed.',
  'reason.UNIT_PARENT_SELF': 'A unit cannot sit under itself.',
  'reason.UNIT_PARENT_IN_SUBTREE':
    'A unit cannot move under one of its own sub-units; the structure would loop.',
  'reason.UNIT_PARENT_CLOSED': 'The chosen parent unit is closed.',
  'reason.UNIT_HAS_MEMBERS':
    '{count} active employees still work in this unit or below it; move them first.',
  'reason.UNIT_HAS_OPEN_CHILDREN':
    'This unit still has {count} open sub-units; move or close them first.',
  'reason.UNIT_HAS_OPEN_POSITIONS':
    'This unit still has {count} open positions; close or move them first.',
  'reason.UNIT_HEAD_NOT_MEMBER': 'The head must be an employee working in this unit.',
  'reason.UNIT_HEAD_INACTIVE': 'The head must be an active employee.',
  'reason.POSITION_CLOSED': 'This position is closed.',
  'reason.POSITION_HELD': '{count} active employees still hold this position; move them first.',
  'reason.HEAD_POSITION_TAKEN': 'This unit has its head position already ({title}).',
  'reason.HEAD_POSITION_NEEDS_UNIT': 'A head position must belong to a unit.',
  'reason.RANK_NOT_FOR_EMPLOYMENT_TYPE': '{rank} is not a golongan for {employmentType}.',
  'reason.INVALID_EMAIL': 'Enter a valid email address.',
  'reason.INVALID_PHONE': 'Enter 8–15 digits, optionally starting with +.',
  'reason.NIP_FORMAT': 'The NIP must be {length} digits.',
  'reason.NIP_BIRTH_DATE_INVALID': 'The birth date in the NIP ({digits}) is not a valid date.',
  'reason.NIP_BIRTH_YEAR_TOO_EARLY': 'The birth year in the NIP ({year}) is before {earliest}.',
  'reason.NIP_APPOINTMENT_MONTH_INVALID':
    'The appointment (TMT) in the NIP ({digits}) has no valid month.',
  'reason.NIP_APPOINTMENT_IN_FUTURE':
    'The appointment (TMT) in the NIP ({digits}) is in the future.',
  'reason.NIP_APPOINTMENT_UNDERAGE':
    'The appointment (TMT) in the NIP ({digits}) is before the holder turned {age}.',
  'reason.NIP_PPPK_MARKER': 'A PPPK NIP must have {marker} in positions 13–14 (found {found}).',
  'reason.NIP_PPPK_YEAR_TOO_EARLY':
    'The PPPK appointment year in the NIP ({year}) is before {earliest}.',
  'reason.NIP_GENDER_DIGIT': 'The gender digit of the NIP must be 1 or 2.',
  'reason.NIP_SEQUENCE_ZERO': 'The NIP’s sequence must not be 000.',
  'reason.NIP_BIRTH_DATE_MISMATCH': 'Does not match the birth date in the NIP ({nipBirthDate}).',
  'reason.NIP_GENDER_MISMATCH': 'Does not match the gender digit of the NIP.',
  'reason.NIP_TAKEN': 'This NIP is already used by another employee.',
  'reason.SUPERVISOR_REQUIRED':
    'A supervisor is required for everyone but the head of the kecamatan.',
  'reason.SUPERVISOR_SELF': 'An employee cannot be their own supervisor.',
  'reason.SUPERVISOR_INACTIVE': 'The supervisor must be an active employee.',
  'reason.SUPERVISOR_LOOP': 'The chosen supervisor already reports to this employee.',
  'reason.HAS_ACTIVE_REPORTS':
    'This employee still has {count} active direct reports; give them another supervisor first.',
  'reason.EMPLOYEE_DEACTIVATE_FORBIDDEN':
    'Only the HR subdivision records that an employee leaves.',
  'reason.EMPLOYEE_ALREADY_INACTIVE': 'This employee has left already.',
  'reason.EMPLOYEE_SELF_DEACTIVATE': 'Another HR admin records your own separation.',
  'reason.SEPARATION_KIND_NOT_FOR_EMPLOYMENT_TYPE':
    'This kind of separation applies to {employmentType} only.',
  'reason.CSV_INVALID': 'The file is not valid CSV.',
  'reason.CSV_EMPTY': 'The file has no data rows.',
  'reason.CSV_COLUMNS_MISSING': 'These columns are missing: {columns}.',
  'reason.CSV_TOO_MANY_ROWS': 'The file has {rows} rows; import at most {max} at a time.',
  'reason.UNIT_NAME_UNKNOWN': 'No unit is named “{name}”.',
  'reason.POSITION_TITLE_UNKNOWN': 'No position is titled “{title}”.',
  'reason.SUPERVISOR_NIP_UNKNOWN':
    'The supervisor’s NIP is neither an employee nor on an earlier line.',
  'reason.FILE_TYPE_UNSUPPORTED':
    'The file must be a .csv or an Excel .xlsx workbook (old .xls files: save them as .xlsx).',
  'reason.FILE_TOO_LARGE': 'The file is larger than {maxKilobytes} kB.',
  'reason.FILE_NOT_BASE64': 'The file’s content could not be read (not base64).',
  'reason.FILE_UNREADABLE': 'The file could not be opened as an Excel workbook.',
  'reason.FILE_HEADER_MISSING': 'The file has no header row.',
  'reason.FILE_COLUMN_DUPLICATED': 'Two columns hold the same field: {columns}.',
  'reason.NIP_NOT_TEXT':
    'The NIP is stored as a number, which loses its last digits: format the NIP column as text and type it again.',
  'reason.NIP_DUPLICATED_IN_FILE': 'This NIP is already on an earlier line of the file.',
  'reason.EMPLOYEE_INACTIVE':
    'This NIP belongs to an employee who has left; reactivate them on their page first.',
  'reason.ROSTER_EXPORT_FORBIDDEN': 'Only HR may download the roster.',
  'reason.PLAN_CREATE_FORBIDDEN': 'Only an employee drafts their own SKP.',
  'reason.PLAN_OWNER_ONLY': 'Only the SKP’s owner may do this.',
  'reason.PLAN_EVALUATOR_ONLY': 'Only the pejabat penilai (direct supervisor) may do this.',
  'reason.PLAN_EXISTS': 'You already have an SKP for the {year} cycle.',
  'reason.PLAN_NOT_SUBMITTABLE':
    'The SKP’s current status does not allow submitting it. Reload the page.',
  'reason.PLAN_NOT_SUBMITTED': 'Only a submitted SKP can be approved or returned. Reload the page.',
  'reason.PLAN_FROZEN': 'An approved SKP is frozen and cannot be changed.',
  'reason.PLAN_AWAITING_APPROVAL': 'A submitted SKP cannot be changed.',
  'reason.PLAN_NOT_APPROVED': 'Only for an approved SKP.',
  'reason.SUPERVISOR_PLAN_NOT_APPROVED':
    'Your supervisor’s SKP for this cycle must be approved before you can submit yours.',
  'reason.TARGET_HAS_INTERVENERS':
    '{count} RHK of your team intervene this one; they must change theirs first.',
  'reason.UTAMA_REQUIRED': 'The SKP needs at least one main RHK.',
  'reason.INDICATOR_REQUIRED': 'This RHK needs at least one indicator.',
  'reason.TOO_MANY_INDICATORS': 'At most {max} indicators.',
  'reason.TOO_MANY_WORK_TARGETS': 'An SKP holds at most {max} RHK.',
  'reason.ROOT_HEAD_NO_PARENT': 'The Camat’s RHK intervene no other RHK in the kecamatan.',
  'reason.PARENT_REQUIRED': 'A main RHK must intervene one of your supervisor’s RHK.',
  'reason.PARENT_INVALID': 'Choose an RHK of your direct supervisor’s SKP for the same cycle.',
  'reason.QUARTER_TARGETS_EACH': 'Give one target for each quarter TW1–TW4.',
  'reason.QUARTERS_ONCE': 'Name each quarter at most once.',
  'reason.QUARTER_SUM_MISMATCH':
    'The quarter targets add up to {made}; they must equal the annual target {target}.',
  'reason.QUARTER_LAST_MISMATCH': 'The TW4 target must equal the annual target {target}.',
  'reason.QUARTER_AVERAGE_MISMATCH':
    'The quarter targets average {made}; they must equal the annual target {target}.',
  'reason.VALUE_NOT_FOR_QUALITATIVE': 'A qualitative indicator is reported in words, not a number.',
  'reason.NARRATIVE_NOT_FOR_QUANTITATIVE':
    'A narrative is for qualitative indicators only; enter the value.',
  'reason.EVIDENCE_OR_NOTE': 'Give an evidence link or a note.',
  // Mutasi and acting officials (issue #14).
  'reason.EMPLOYEE_MOVE_FORBIDDEN': 'Only HR records a mutasi.',
  'reason.ACTING_ASSIGNMENT_FORBIDDEN': 'Only HR records acting officials (Plt/Plh).',
  'reason.EVALUATOR_LEVEL_TOO_LOW':
    'A pejabat penilai must be at least PENGAWAS level, or a Plt/Plh.',
  'reason.MOVE_CHANGES_NOTHING': 'Change the unit, position, golongan or supervisor.',
  'reason.TMT_IN_FUTURE':
    'The TMT has not come yet (today is {today}): record it on or after the TMT. Job history and the SKP follow the TMT, not the day it is recorded.',
  'reason.TMT_BEFORE_CURRENT_POST':
    'The TMT must be after the TMT of the current post ({startsOn}).',
  'reason.UNIT_HAS_HEAD': 'This unit has a head: move them first, or record a Plt.',
  'reason.MOVE_AFTER_FINAL_EVALUATION':
    'The {period} evaluation is final already: the TMT must come after that period.',
  'reason.PERIOD_OUTSIDE_PLAN':
    'This SKP does not cover that period; evaluate it on the other SKP of the year.',
  'reason.TERM_INVALID': 'The last day must be on or after the first day of the term.',
  'reason.TERM_OVERLAPS': 'Overlaps the term {startsOn}–{endsOn} for this unit.',
  'reason.ACTING_FOR_SELF': 'This employee heads the unit already.',
  'reason.ACTING_ASSIGNMENT_CLOSED': 'This acting assignment was cancelled.',
};
