// Texts of the inbox; spread into dictionaries/id.ts.
export const notificationsId = {
  'notifications.title': 'Kotak masuk',
  'notifications.unread': '{count} pesan belum dibaca',
  'notifications.markRead': 'Tandai dibaca',
  'notifications.kind.objection.upheld': 'Keberatan dikabulkan',
  'notifications.kind.objection.rejected': 'Keberatan ditolak',
  'notifications.kind.development.pembinaan': 'Pembinaan wajib',
  'notifications.kind.evaluation.final': 'Penilaian final',
  'notifications.kind.objection.filed': 'Keberatan diajukan',
  'notifications.kind.objection.reassigned': 'Keberatan kini Anda putuskan',
  'notifications.kind.objection.responded': 'Tanggapan atas keberatan',
  'notifications.kind.plan.submitted': 'SKP diajukan untuk Anda setujui',
  'notifications.kind.deadline.skp': 'SKP menunggu persetujuan',
  'notifications.kind.deadline.realizations': 'Realisasi belum dilaporkan',
  'notifications.kind.deadline.evaluation': 'Penilaian belum final',
  'notifications.kind.feedback.reply': 'Balasan umpan balik',
  'notifications.kind.acting.assigned': 'Penunjukan Plt/Plh',
  'notifications.kind.evaluator.vacancy': 'Pejabat penilai berpindah',
  'notifications.text.evaluation.final': 'Penilaian kinerja {period} {year} Anda sudah final.',
  'notifications.text.evaluation.finalAnnual':
    'Penilaian kinerja tahunan {year} Anda sudah final. Keberatan dapat diajukan paling lambat {objectionDeadline}.',
  'notifications.text.objection.filed':
    '{name} mengajukan keberatan atas penilaian kinerja tahunan {year} yang Anda buat.',
  'notifications.text.objection.reassigned':
    'Sebagai atasan pejabat penilai, Anda kini memutuskan sebuah keberatan atas penilaian kinerja tahunan.',
  'notifications.text.objection.responded': 'Pejabat penilai menanggapi keberatan: {response}',
  'notifications.text.objection.upheld.EMPLOYEE': 'Keberatan Anda dikabulkan: {reason}',
  'notifications.text.objection.upheld.EVALUATOR':
    'Keberatan atas penilaian yang Anda buat dikabulkan: {reason}',
  'notifications.text.objection.rejected.EMPLOYEE': 'Keberatan Anda ditolak: {reason}',
  'notifications.text.objection.rejected.EVALUATOR':
    'Keberatan atas penilaian yang Anda buat ditolak: {reason}',
  'notifications.text.plan.submitted': 'SKP {name} diajukan dan menunggu persetujuan Anda.',
  'notifications.text.deadline.skp': 'SKP {name} menunggu persetujuan Anda (tenggat {dueOn}).',
  'notifications.text.deadline.realizations':
    'Realisasi {period} belum lengkap dilaporkan (tenggat {dueOn}).',
  'notifications.text.deadline.evaluation':
    'Penilaian {period} {name} belum final (tenggat {dueOn}).',
  'notifications.text.feedback.reply': '{name} membalas umpan balik.',
  'notifications.text.development.pembinaan.EMPLOYEE':
    'Rencana pengembangan {year} Anda memuat pembinaan wajib: predikat {predicate} pada penilaian tahunan {evaluationYear}.',
  'notifications.text.development.pembinaan.SUPERVISOR':
    '{name} memerlukan pembinaan pada {year}: predikat {predicate} pada penilaian tahunan {evaluationYear}.',
  'notifications.text.acting.assigned':
    'Anda ditunjuk sebagai {actingKind} kepala {unit} ({startsOn} s.d. {endsOn}, {decree}): Anda menjadi pejabat penilai stafnya selama masa tugas.',
  'notifications.text.evaluator.vacancy':
    'Jabatan kepala {unit} kosong tanpa Plt/Plh: SKP {name} kini dinilai oleh atasan berikutnya.',
  'notifications.markAllRead': 'Tandai semua dibaca',
  'notifications.loadMore': 'Muat lebih banyak',
  'notifications.loadingMore': 'Memuat…',
  'notifications.loading': 'Memuat kotak masuk…',
  'notifications.error': 'Kotak masuk tidak dapat dimuat. Coba lagi nanti.',
  'notifications.open': 'Buka',
} as const;
