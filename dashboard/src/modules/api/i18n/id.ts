// Texts of the API's refusals: one per `extensions.reason` (schema/error-reasons.json), and one
// per code for a reason this dashboard does not know yet. Spread into i18n/dictionaries/id.ts.
export const apiErrorsId = {
  'error.locale': 'id-ID',
  'error.field': 'Isian ini tidak valid.',
  'error.code.UNAUTHENTICATED': 'Silakan masuk kembali.',
  'error.code.FORBIDDEN': 'Anda tidak berwenang melakukan ini.',
  'error.code.BAD_USER_INPUT': 'Periksa isian yang ditandai.',
  'error.code.NOT_FOUND': 'Data tidak ditemukan. Muat ulang halaman.',
  'error.code.CONFLICT':
    'Data ini tidak dapat diubah seperti itu saat ini. Muat ulang halaman lalu coba lagi.',
  'error.code.SERVICE_UNAVAILABLE':
    'Server sedang tidak tersedia untuk sementara. Silakan coba lagi sebentar lagi.',
  'reason.LOGIN_REQUIRED': 'Silakan masuk terlebih dahulu.',
  'reason.INVALID_TOKEN': 'Sesi Anda tidak valid. Silakan masuk kembali.',
  'reason.FIELD_FORBIDDEN': 'Anda tidak memiliki akses ke sebagian data ini.',
  'reason.AUDIT_LOG_FORBIDDEN': 'Log audit hanya untuk Camat dan Kepegawaian.',
  'reason.NOT_FOUND': 'Data tidak ditemukan. Muat ulang halaman.',
  'reason.STALE_VERSION':
    'Data ini baru saja diubah orang lain. Muat ulang untuk melihat versi terbaru, lalu ulangi perubahan Anda.',
  'reason.REFERENCE_CHANGED':
    'Data yang dirujuk baru saja diubah orang lain. Muat ulang halaman lalu coba lagi.',
  'reason.DUPLICATE':
    'Data yang sama baru saja disimpan orang lain. Muat ulang halaman lalu coba lagi.',
  'reason.IDEMPOTENCY_KEY_REUSED':
    'Pengiriman ini sudah tercatat dengan isian yang berbeda. Muat ulang halaman untuk melihat yang tersimpan.',
  'reason.IDEMPOTENCY_KEY_IN_PROGRESS':
    'Pengiriman yang sama sedang diproses. Tunggu sebentar lalu muat ulang halaman.',
  'reason.IDEMPOTENCY_RESULT_LOST':
    'Pengiriman ini sudah tersimpan, tetapi jawabannya terputus. Muat ulang halaman untuk melihat hasilnya.',
  'reason.INVALID_IDEMPOTENCY_KEY':
    'Kunci pengiriman tidak valid. Muat ulang halaman lalu coba lagi.',
  'reason.IDEMPOTENCY_KEY_NOT_APPLICABLE':
    'Kunci pengiriman hanya berlaku untuk satu penambahan data per permintaan.',
  'reason.INVALID_INPUT': 'Periksa isian yang ditandai.',
  'reason.SERVICE_UNAVAILABLE':
    'Server sedang tidak tersedia untuk sementara. Silakan coba lagi sebentar lagi.',
  'reason.QUERY_TOO_DEEP': 'Kueri terlalu dalam (kedalaman {depth}, batas {maxDepth}).',
  'reason.TOO_MANY_ALIASES': 'Kueri memakai terlalu banyak alias ({aliases}, batas {maxAliases}).',
  'reason.QUERY_TOO_COSTLY':
    'Kueri terlalu berat (biaya {cost}, batas {maxCost}). Minta lebih sedikit data sekaligus.',
  'reason.REQUIRED': 'Wajib diisi.',
  'reason.LENGTH': 'Isi {min}–{max} karakter.',
  'reason.MAX_LENGTH': 'Paling banyak {max} karakter.',
  'reason.CONTROL_CHARACTERS':
    'Hapus karakter kontrol tak terlihat (sering terbawa dari teks yang ditempel).',
  'reason.INVALID_DATE': 'Isi tanggal yang valid.',
  'reason.DATE_IN_FUTURE': 'Tanggal tidak boleh di masa depan.',
  'reason.DATE_RANGE': 'Pilih tanggal dari {from} sampai {to}.',
  'reason.DATE_BEFORE_START': 'Tanggal akhir tidak boleh sebelum {from}.',
  'reason.INVALID_ID': 'Pilihan ini tidak valid.',
  'reason.INVALID_CURSOR': 'Halaman daftar ini tidak valid. Muat ulang daftar.',
  'reason.PAGE_SIZE': 'Jumlah per halaman harus {min}–{max}.',
  'reason.INVALID_VARIABLE': 'Nilai ini tidak sesuai dengan jenis yang diminta.',
  'reason.REPEATED': 'Disebut lebih dari satu kali.',
  'reason.NOT_ONE_OF': 'Pilih salah satu dari: {allowed}.',
  'reason.UNKNOWN_REFERENCE': 'Tidak ditemukan; pilih yang ada.',
  'reason.NO_CHANGES': 'Tidak ada yang diubah.',
  'reason.WHOLE_NUMBER_RANGE': 'Isi bilangan bulat dari {min} sampai {max}.',
  'reason.POSITIVE_NUMBER': 'Isi angka lebih dari 0.',
  'reason.NON_NEGATIVE_NUMBER': 'Isi angka 0 atau lebih.',
  'reason.INVALID_URL': 'Isi tautan http(s) yang valid (paling banyak {max} karakter).',
  'reason.WRONG_CREDENTIALS': 'NIP/nama pengguna atau kata sandi salah.',
  'reason.RATE_LIMITED': 'Terlalu banyak percobaan masuk. Tunggu sebentar sebelum mencoba lagi.',
  'reason.SESSION_EXPIRED': 'Sesi Anda telah berakhir. Silakan masuk kembali.',
  'reason.SESSION_ENDED': 'Sesi ini telah diakhiri. Silakan masuk kembali.',
  'reason.ACCOUNT_INACTIVE': 'Akun ini tidak lagi aktif. Hubungi Subbagian Umum dan Kepegawaian.',
  'reason.ACCOUNT_LOCKED':
    'Akun ini dikunci. Hubungi Subbagian Umum dan Kepegawaian untuk membukanya.',
  'reason.PASSWORD_CHANGE_REQUIRED': 'Ganti kata sandi sekali pakai Anda terlebih dahulu.',
  'reason.ACCOUNTS_FORBIDDEN': 'Hanya Subbagian Umum dan Kepegawaian yang mengelola akun.',
  'reason.ACCOUNT_SELF_LOCK': 'Anda tidak dapat mengunci akun Anda sendiri.',
  'reason.ACCOUNT_SELF_RESET':
    'Kata sandi Anda sendiri diganti lewat menu Ganti kata sandi, bukan diatur ulang.',
  'reason.ACCOUNT_ALREADY_LOCKED': 'Akun ini sudah dikunci.',
  'reason.ACCOUNT_NOT_LOCKED': 'Akun ini tidak sedang dikunci.',
  'reason.ROLE_NOT_GRANTABLE': 'Peran yang dapat diberikan: {allowed}.',
  'reason.ROLE_ALREADY_HELD': 'Akun ini sudah memiliki peran tersebut.',
  'reason.ROLE_NOT_HELD': 'Akun ini tidak memiliki peran tersebut.',
  'reason.ROLE_SELF_REMOVAL':
    'Anda tidak dapat mencabut peran Admin Kepegawaian Anda sendiri; minta admin lain.',
  'reason.ROLE_NEEDS_EMPLOYEE': 'Peran Pimpinan hanya untuk akun milik pegawai (Camat).',
  'reason.ROLE_SEGREGATION':
    'Admin Kepegawaian dan Pimpinan tidak boleh dipegang satu akun (pemisahan tugas).',
  'reason.LAST_HR_ADMIN':
    'Ini admin kepegawaian aktif terakhir; berikan peran itu kepada orang lain dulu.',
  'reason.WRONG_PASSWORD': 'Kata sandi saat ini salah.',
  'reason.PASSWORD_TOO_SHORT': 'Kata sandi minimal {min} karakter.',
  'reason.PASSWORD_TOO_WEAK':
    'Kata sandi terlalu mudah ditebak. Pakai beberapa kata acak yang tidak berhubungan dengan nama atau NIP Anda.',
  'reason.PASSWORD_UNCHANGED': 'Kata sandi baru harus berbeda dari yang sekarang.',
  'reason.TREND_FORBIDDEN': 'Anda tidak berwenang melihat penilaian pegawai ini.',
  'reason.NO_TEAM_IN_UNIT': 'Anda tidak memiliki tim di unit ini.',
  'reason.KECAMATAN_SUMMARY_FORBIDDEN': 'Ringkasan kecamatan hanya untuk Camat dan Kepegawaian.',
  'reason.CYCLE_CREATE_FORBIDDEN': 'Hanya Kepegawaian yang membuat siklus.',
  'reason.CYCLE_STATUS_FORBIDDEN': 'Anda tidak berwenang mengubah status siklus.',
  'reason.CYCLE_TRANSITION_FORBIDDEN':
    'Langkah ini bukan wewenang Anda: Kepegawaian membuka siklus, Kepegawaian atau Camat memulai kalibrasi, dan hanya Camat yang menutup siklus.',
  'reason.CYCLE_DEADLINES_FORBIDDEN': 'Hanya Kepegawaian yang mengatur tenggat siklus.',
  'reason.CYCLE_THRESHOLDS_FORBIDDEN': 'Hanya Kepegawaian yang mengatur ambang capaian siklus.',
  'reason.THRESHOLD_ORDER':
    'Harus lebih tinggi dari ambang “sesuai ekspektasi” ({meetsThreshold} %).',
  'reason.THRESHOLD_PRECISION': 'Gunakan paling banyak {decimals} angka desimal.',
  'reason.OVERDUE_FORBIDDEN':
    'Daftar keterlambatan menyebut nama pegawai dan tidak tersedia untuk peran Anda.',
  'reason.CYCLE_EXISTS': 'Siklus {year} sudah ada.',
  'reason.CYCLE_TRANSITION_INVALID':
    'Siklus berjalan PLANNING → ACTIVE → CALIBRATION → CLOSED; langkah ini tidak mengikuti urutan itu.',
  'reason.CYCLE_CLOSED': 'Siklus {year} sudah ditutup.',
  'reason.CYCLE_NOT_OPEN': 'Siklus {year} tidak lagi menerima perubahan.',
  'reason.PERIOD_NOT_ENDED':
    'Periode ini belum berakhir: penilaiannya dapat difinalkan mulai {finalizableFrom}. Simpan sebagai draf dulu.',
  'reason.REPORTING_CLOSED': 'Pelaporan untuk periode ini sudah ditutup pada {closedOn}.',
  'reason.YEAR_RANGE': 'Isi tahun dari {min} sampai {max}.',
  'reason.MEETS_THRESHOLD_RANGE': 'Isi angka dari {min} sampai {max}.',
  'reason.EXCEEDS_THRESHOLD_RANGE': 'Isi angka dari {min} sampai {max}.',
  'reason.CURVE_FAILURE_REASON_REQUIRED':
    'Kurva distribusi belum terpenuhi ({units}): tuliskan alasan Camat untuk menutup siklus.',
  'reason.DAYS_RANGE': 'Isi jumlah hari dari {min} sampai {max}.',
  'reason.REPORTING_WINDOW_TOO_SHORT':
    'Masa pelaporan tidak boleh lebih pendek dari tenggat realisasi.',
  'reason.PERIOD_NOT_STARTED': 'Periode ini belum dimulai (dibuka {opensOn}).',
  'reason.DEVELOPMENT_PLAN_FORBIDDEN':
    'Anda tidak berwenang melihat rencana pengembangan pegawai ini.',
  'reason.DEVELOPMENT_ACTIVITY_CREATE_FORBIDDEN':
    'Hanya atasan berjenjang pegawai yang menyusun rencana pengembangannya.',
  'reason.DEVELOPMENT_ACTIVITY_FIELDS_FORBIDDEN': 'Anda tidak berwenang melakukan perubahan ini.',
  'reason.PROGRAM_MANAGE_FORBIDDEN': 'Hanya Kepegawaian yang mengelola katalog pelatihan.',
  'reason.TRAINING_EFFECT_FORBIDDEN': 'Dampak pelatihan hanya untuk Kepegawaian dan Camat.',
  'reason.JP_STATISTICS_FORBIDDEN': 'Statistik JP hanya untuk analis, Kepegawaian dan Camat.',
  'reason.PROGRAM_TAKEN': 'Program ini sudah direncanakan atau diselesaikan pegawai ini.',
  'reason.ACTIVITY_STATUS_TRANSITION': 'Status kegiatan tidak dapat diubah seperti itu.',
  'reason.ACTIVITY_FINISHED':
    'Kegiatan sudah selesai atau dibatalkan: hanya hasil dan bukti yang dapat diubah.',
  'reason.PROGRAM_CODE_TAKEN': 'Kode program {programCode} sudah dipakai.',
  'reason.PROGRAM_RETIRED': 'Program ini sudah tidak ditawarkan.',
  'reason.PROGRAM_REQUIRED': 'Pilih program dari katalog untuk pelatihan.',
  'reason.PROGRAM_NOT_ALLOWED': 'Hanya pelatihan yang memakai program katalog.',
  'reason.JP_REQUIRED': 'JP wajib diisi untuk coaching dan mentoring.',
  'reason.CANCEL_REASON_REQUIRED':
    'Pembinaan wajib hanya dapat dibatalkan dengan alasan minimal {min} karakter.',
  'reason.CANCEL_REASON_NOT_CANCELLING': 'Alasan hanya diisi saat membatalkan.',
  'reason.TRAINING_TITLE_FIXED': 'Judul pelatihan mengikuti program katalognya.',
  'reason.REQUIRED_REASON_FIXED': 'Alasan pembinaan wajib mengikuti predikat tahunannya.',
  'reason.NOT_EMPLOYEE_EVALUATION': 'Bukan penilaian pegawai ini.',
  'reason.NOT_EMPLOYEE_INDICATOR': 'Bukan indikator SKP pegawai ini.',
  'reason.PROGRAM_CODE_FORMAT':
    'Kode 2–32 huruf kapital, angka atau tanda hubung, misalnya PLT-KOM-01.',
  'reason.COMPETENCIES_REQUIRED': 'Pilih paling sedikit satu nilai BerAKHLAK atau aspek indikator.',
  'reason.DOCUMENT_FORBIDDEN': 'Anda tidak berwenang membuka dokumen ini.',
  'reason.NOT_EVALUATOR': 'Hanya atasan langsung (pejabat penilai SKP ini) yang menilai.',
  'reason.NOT_EVALUATED_EMPLOYEE': 'Hanya pegawai yang dinilai yang dapat melakukan ini.',
  'reason.EVALUATIONS_CLOSED': 'Siklus {year} tidak lagi menerima penilaian.',
  'reason.EVALUATION_NOT_DRAFT': 'Penilaian ini sudah final dan tidak dapat diubah.',
  'reason.EVALUATION_NOT_FINAL': 'Hanya penilaian final yang dapat diterima.',
  'reason.OBJECTION_ANNUAL_ONLY': 'Keberatan hanya untuk penilaian tahunan.',
  'reason.OBJECTION_NOT_IN_FORCE': 'Keberatan hanya untuk penilaian final yang berlaku.',
  'reason.OBJECTION_WINDOW_CLOSED':
    'Masa {days} hari untuk keberatan sudah berakhir pada {closedOn}.',
  'reason.OBJECTION_EXISTS': 'Keberatan atas penilaian ini sudah diajukan.',
  'reason.OBJECTION_RESPOND_FORBIDDEN':
    'Hanya pejabat penilai yang membuat penilaian ini yang menanggapi keberatannya.',
  'reason.OBJECTION_DECIDED_OUTSIDE':
    'Atasan pejabat penilai berada di luar kecamatan: Kepegawaian mencatat keputusannya.',
  'reason.OBJECTION_DECIDE_FORBIDDEN':
    'Hanya atasan pejabat penilai yang memutuskan keberatan ini.',
  'reason.OBJECTION_RECORD_FORBIDDEN':
    'Hanya Kepegawaian yang mencatat keputusan dari luar kecamatan.',
  'reason.OBJECTION_DECIDED_INSIDE':
    'Atasan pejabat penilai ada di dalam sistem dan memutuskan sendiri keberatan ini.',
  'reason.ALREADY_DECIDED': 'Keberatan ini sudah diputuskan.',
  'reason.AWAITING_RESPONSE':
    'Tanggapan pejabat penilai masih ditunggu; tanpa tanggapan, keberatan dapat diputuskan mulai {decidableFrom}.',
  'reason.DECISION_WINDOW_CLOSED':
    'Tenggat keputusan sudah lewat: keberatan harus diputuskan paling lambat {decideBy}.',
  'reason.ORGANIZATION_PREDICATE_FORBIDDEN':
    'Hanya Camat dan Kepegawaian yang mencatat predikat organisasi.',
  'reason.ROOT_PREDICATE_BY_HR':
    'Predikat kecamatan ditetapkan kota dan dicatat Kepegawaian beserta nomor keputusannya.',
  'reason.UNIT_PREDICATE_BY_LEADER': 'Hanya Camat yang mencatat predikat unit di bawah kecamatan.',
  'reason.CALIBRATION_FORBIDDEN': 'Kalibrasi hanya untuk Camat dan Kepegawaian.',
  'reason.FINALIZATION_REASON_REQUIRED':
    'Tulis alasan: ada indikator yang belum dilaporkan atau capaian jauh dari rating yang dipilih.',
  'reason.REQUIRED_TO_UPHOLD': 'Wajib diisi untuk mengabulkan keberatan.',
  'reason.NOT_QUALITATIVE_INDICATOR': 'Bukan indikator kualitatif SKP ini.',
  'reason.NOT_PLAN_WORK_TARGET': 'Bukan RHK dari SKP ini.',
  'reason.DECISION_BEFORE_FILING':
    'Tanggal keputusan tidak boleh sebelum keberatan diajukan ({filedOn}).',
  'reason.FEEDBACK_AUTHOR_NOT_EMPLOYEE':
    'Hanya pegawai yang dapat memberi dan membalas umpan balik.',
  'reason.FEEDBACK_TO_SELF': 'Umpan balik ditujukan kepada orang lain.',
  'reason.FEEDBACK_RECIPIENT_OUT_OF_REACH':
    'Umpan balik diberikan kepada bawahan atau atasan dalam garis pelaporan Anda, atau kepada rekan satu unit.',
  'reason.FEEDBACK_ACKNOWLEDGE_FORBIDDEN': 'Hanya penerima yang dapat menandai umpan balik ini.',
  'reason.FEEDBACK_REPLY_FORBIDDEN':
    'Hanya pemberi dan penerima umpan balik yang dapat membalasnya.',
  'reason.NO_ACTIVE_CYCLE': 'Tidak ada siklus aktif: umpan balik ditutup.',
  'reason.FEEDBACK_THREAD_CLOSED': 'Siklus umpan balik ini sudah tidak aktif: percakapan ditutup.',
  'reason.FEEDBACK_LINK_EXCLUSIVE':
    'Kaitkan umpan balik dengan RHK atau nilai BerAKHLAK, tidak keduanya.',
  'reason.FEEDBACK_WORK_TARGET_INVALID': 'Bukan RHK dari SKP penerima pada siklus aktif.',
  'reason.EMPLOYEE_CREATE_FORBIDDEN': 'Hanya Kepegawaian yang menambah pegawai.',
  'reason.EMPLOYEE_UPDATE_FORBIDDEN': 'Anda tidak berwenang mengubah data pegawai ini.',
  'reason.EMPLOYEE_FIELDS_FORBIDDEN': 'Sebagian data yang Anda ubah bukan wewenang Anda.',
  'reason.EMPLOYEE_IMPORT_FORBIDDEN': 'Hanya Kepegawaian yang mengimpor data pegawai.',
  // Units and positions.
  'reason.ORG_STRUCTURE_FORBIDDEN': 'Hanya Kepegawaian yang mengubah unit dan jabatan.',
  'reason.ROOT_UNIT_FIXED': 'Kecamatan adalah unit teratas; tidak dapat dipindahkan atau ditutup.',
  'reason.UNIT_CLOSED': 'Unit ini sudah ditutup.',
  'reason.UNIT_PARENT_SELF': 'Unit tidak dapat berada di bawah dirinya sendiri.',
  'reason.UNIT_PARENT_IN_SUBTREE':
    'Unit tidak dapat dipindahkan ke bawah sub-unitnya sendiri; struktur akan berputar.',
  'reason.UNIT_PARENT_CLOSED': 'Unit induk yang dipilih sudah ditutup.',
  'reason.UNIT_HAS_MEMBERS':
    'Masih ada {count} pegawai aktif di unit ini atau di bawahnya; pindahkan mereka dulu.',
  'reason.UNIT_HAS_OPEN_CHILDREN':
    'Unit ini masih memiliki {count} sub-unit yang aktif; pindahkan atau tutup dulu.',
  'reason.UNIT_HAS_OPEN_POSITIONS':
    'Unit ini masih memiliki {count} jabatan aktif; tutup atau pindahkan dulu.',
  'reason.UNIT_HEAD_NOT_MEMBER': 'Kepala unit harus pegawai yang bekerja di unit ini.',
  'reason.UNIT_HEAD_INACTIVE': 'Kepala unit harus pegawai aktif.',
  'reason.POSITION_CLOSED': 'Jabatan ini sudah ditutup.',
  'reason.POSITION_HELD':
    'Jabatan ini masih dipegang {count} pegawai aktif; pindahkan mereka dulu.',
  'reason.HEAD_POSITION_TAKEN': 'Unit ini sudah punya jabatan kepala ({title}).',
  'reason.HEAD_POSITION_NEEDS_UNIT': 'Jabatan kepala harus terikat pada satu unit.',
  'reason.RANK_NOT_FOR_EMPLOYMENT_TYPE': 'Golongan {rank} tidak berlaku untuk {employmentType}.',
  'reason.INVALID_EMAIL': 'Isi alamat email yang valid.',
  'reason.INVALID_PHONE': 'Isi 8–15 angka, boleh diawali +.',
  'reason.NIP_FORMAT': 'NIP harus {length} angka.',
  'reason.NIP_BIRTH_DATE_INVALID': 'Tanggal lahir pada NIP ({digits}) bukan tanggal yang valid.',
  'reason.NIP_BIRTH_YEAR_TOO_EARLY': 'Tahun lahir pada NIP ({year}) sebelum {earliest}.',
  'reason.NIP_APPOINTMENT_MONTH_INVALID': 'Bulan TMT pada NIP ({digits}) tidak valid.',
  'reason.NIP_APPOINTMENT_IN_FUTURE': 'TMT pada NIP ({digits}) ada di masa depan.',
  'reason.NIP_APPOINTMENT_UNDERAGE':
    'TMT pada NIP ({digits}) sebelum pemegangnya berusia {age} tahun.',
  'reason.NIP_PPPK_MARKER': 'NIP PPPK harus memuat {marker} pada digit 13–14 (tertulis {found}).',
  'reason.NIP_PPPK_YEAR_TOO_EARLY': 'Tahun pengangkatan PPPK pada NIP ({year}) sebelum {earliest}.',
  'reason.NIP_GENDER_DIGIT': 'Digit jenis kelamin pada NIP harus 1 atau 2.',
  'reason.NIP_SEQUENCE_ZERO': 'Nomor urut pada NIP tidak boleh 000.',
  'reason.NIP_BIRTH_DATE_MISMATCH': 'Tidak sesuai dengan tanggal lahir pada NIP ({nipBirthDate}).',
  'reason.NIP_GENDER_MISMATCH': 'Tidak sesuai dengan digit jenis kelamin pada NIP.',
  'reason.NIP_TAKEN': 'NIP ini sudah dipakai pegawai lain.',
  'reason.SUPERVISOR_REQUIRED': 'Atasan wajib diisi, kecuali untuk kepala kecamatan.',
  'reason.SUPERVISOR_SELF': 'Pegawai tidak dapat menjadi atasannya sendiri.',
  'reason.SUPERVISOR_INACTIVE': 'Atasan harus pegawai yang aktif.',
  'reason.SUPERVISOR_LOOP':
    'Atasan yang dipilih sudah berada di bawah pegawai ini dalam garis pelaporan.',
  'reason.HAS_ACTIVE_REPORTS':
    'Pegawai ini masih memiliki {count} bawahan langsung yang aktif; pindahkan mereka ke atasan lain dulu.',
  'reason.EMPLOYEE_DEACTIVATE_FORBIDDEN':
    'Hanya Subbagian Umum dan Kepegawaian yang memberhentikan pegawai.',
  'reason.EMPLOYEE_ALREADY_INACTIVE': 'Pegawai ini sudah tidak aktif.',
  'reason.EMPLOYEE_SELF_DEACTIVATE':
    'Pemberhentian Anda sendiri dicatat oleh admin kepegawaian lain.',
  'reason.SEPARATION_KIND_NOT_FOR_EMPLOYMENT_TYPE':
    'Jenis pemberhentian ini hanya untuk {employmentType}.',
  'reason.CSV_INVALID': 'Berkas ini bukan CSV yang valid.',
  'reason.CSV_EMPTY': 'Berkas tidak berisi baris data.',
  'reason.CSV_COLUMNS_MISSING': 'Kolom berikut tidak ada: {columns}.',
  'reason.CSV_TOO_MANY_ROWS':
    'Berkas berisi {rows} baris; impor paling banyak {max} baris sekaligus.',
  'reason.UNIT_NAME_UNKNOWN': 'Tidak ada unit bernama “{name}”.',
  'reason.POSITION_TITLE_UNKNOWN': 'Tidak ada jabatan bernama “{title}”.',
  'reason.SUPERVISOR_NIP_UNKNOWN':
    'NIP atasan bukan pegawai yang ada dan tidak ada di baris sebelumnya.',
  'reason.FILE_TYPE_UNSUPPORTED':
    'Berkas harus berupa .csv atau Excel .xlsx (berkas .xls lama: simpan ulang sebagai .xlsx).',
  'reason.FILE_TOO_LARGE': 'Berkas lebih besar dari {maxKilobytes} kB.',
  'reason.FILE_NOT_BASE64': 'Isi berkas tidak terbaca (bukan base64).',
  'reason.FILE_UNREADABLE': 'Berkas tidak dapat dibuka sebagai buku kerja Excel.',
  'reason.FILE_HEADER_MISSING': 'Berkas tidak memiliki baris judul kolom.',
  'reason.FILE_COLUMN_DUPLICATED': 'Ada dua kolom untuk data yang sama: {columns}.',
  'reason.NIP_NOT_TEXT':
    'NIP tersimpan sebagai angka sehingga digit terakhir hilang: format kolom NIP sebagai teks lalu ketik ulang.',
  'reason.NIP_DUPLICATED_IN_FILE': 'NIP ini sudah ada di baris sebelumnya dalam berkas.',
  'reason.EMPLOYEE_INACTIVE':
    'NIP ini milik pegawai yang sudah tidak aktif; aktifkan kembali di halamannya terlebih dahulu.',
  'reason.ROSTER_EXPORT_FORBIDDEN': 'Hanya Kepegawaian yang dapat mengunduh daftar pegawai.',
  'reason.PLAN_CREATE_FORBIDDEN': 'Hanya pegawai yang menyusun SKP-nya sendiri.',
  'reason.PLAN_OWNER_ONLY': 'Hanya pemilik SKP yang dapat melakukan ini.',
  'reason.PLAN_EVALUATOR_ONLY': 'Hanya pejabat penilai (atasan langsung) yang dapat melakukan ini.',
  'reason.PLAN_EXISTS': 'Anda sudah memiliki SKP untuk siklus {year}.',
  'reason.PLAN_NOT_SUBMITTABLE':
    'Status SKP saat ini tidak memungkinkan pengajuan. Muat ulang halaman.',
  'reason.PLAN_NOT_SUBMITTED':
    'Hanya SKP yang sedang diajukan yang dapat disetujui atau dikembalikan. Muat ulang halaman.',
  'reason.PLAN_FROZEN': 'SKP yang sudah disetujui dikunci dan tidak dapat diubah.',
  'reason.PLAN_AWAITING_APPROVAL': 'SKP yang sedang diajukan tidak dapat diubah.',
  'reason.PLAN_NOT_APPROVED': 'Hanya untuk SKP yang sudah disetujui.',
  'reason.SUPERVISOR_PLAN_NOT_APPROVED':
    'SKP atasan Anda untuk siklus ini harus disetujui lebih dahulu sebelum Anda dapat mengajukan SKP.',
  'reason.TARGET_HAS_INTERVENERS':
    'RHK ini diintervensi oleh {count} RHK bawahan Anda; mereka harus mengubahnya terlebih dahulu.',
  'reason.UTAMA_REQUIRED': 'SKP memerlukan minimal satu RHK utama.',
  'reason.INDICATOR_REQUIRED': 'RHK ini memerlukan minimal satu indikator.',
  'reason.TOO_MANY_INDICATORS': 'Paling banyak {max} indikator.',
  'reason.TOO_MANY_WORK_TARGETS': 'Satu SKP memuat paling banyak {max} RHK.',
  'reason.ROOT_HEAD_NO_PARENT': 'RHK Camat tidak mengintervensi RHK lain di kecamatan.',
  'reason.PARENT_REQUIRED': 'RHK utama harus mengintervensi salah satu RHK atasan.',
  'reason.PARENT_INVALID': 'Pilih RHK dari SKP atasan langsung Anda pada siklus yang sama.',
  'reason.QUARTER_TARGETS_EACH': 'Isi target untuk setiap triwulan TW1–TW4.',
  'reason.QUARTERS_ONCE': 'Setiap triwulan hanya boleh disebut satu kali.',
  'reason.QUARTER_SUM_MISMATCH':
    'Jumlah target triwulan {made}, harus sama dengan target tahunan {target}.',
  'reason.QUARTER_LAST_MISMATCH': 'Target TW4 harus sama dengan target tahunan {target}.',
  'reason.QUARTER_AVERAGE_MISMATCH':
    'Rata-rata target triwulan {made}, harus sama dengan target tahunan {target}.',
  'reason.VALUE_NOT_FOR_QUALITATIVE': 'Indikator kualitatif dilaporkan dengan narasi, bukan angka.',
  'reason.NARRATIVE_NOT_FOR_QUANTITATIVE':
    'Narasi hanya untuk indikator kualitatif; isi angka realisasi.',
  'reason.EVIDENCE_OR_NOTE': 'Isi tautan bukti dukung atau catatan.',
  // Mutasi and acting officials (issue #14).
  'reason.EMPLOYEE_MOVE_FORBIDDEN': 'Hanya Kepegawaian yang mencatat mutasi.',
  'reason.ACTING_ASSIGNMENT_FORBIDDEN': 'Hanya Kepegawaian yang mencatat Plt/Plh.',
  'reason.EVALUATOR_LEVEL_TOO_LOW': 'Pejabat penilai minimal setingkat pengawas, atau Plt/Plh.',
  'reason.MOVE_CHANGES_NOTHING': 'Ubah unit, jabatan, golongan, atau atasan.',
  'reason.TMT_IN_FUTURE':
    'TMT belum tiba (hari ini {today}): catat pada tanggal TMT atau sesudahnya. Riwayat jabatan dan SKP mengikuti TMT, bukan tanggal pencatatan.',
  'reason.TMT_BEFORE_CURRENT_POST': 'TMT harus setelah TMT jabatan sekarang ({startsOn}).',
  'reason.UNIT_HAS_HEAD': 'Unit ini sudah punya kepala: pindahkan dahulu, atau catat Plt.',
  'reason.MOVE_AFTER_FINAL_EVALUATION':
    'Penilaian {period} sudah final: TMT harus setelah periode itu.',
  'reason.PERIOD_OUTSIDE_PLAN':
    'SKP ini tidak mencakup periode itu; nilai pada SKP lain tahun ini.',
  'reason.TERM_INVALID': 'Tanggal akhir harus sama dengan atau setelah tanggal mulai.',
  'reason.TERM_OVERLAPS': 'Bertumpuk dengan masa tugas {startsOn}–{endsOn} untuk unit ini.',
  'reason.ACTING_FOR_SELF': 'Pegawai ini sudah menjadi kepala unit tersebut.',
  'reason.ACTING_ASSIGNMENT_CLOSED': 'Penugasan Plt/Plh ini sudah dibatalkan.',
} as const;
