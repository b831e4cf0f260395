// Indikator KUALITATIF: target dan realisasi naratif, dinilai atasan per periode (tanpa persen).
export const qualitativeId = {
  'qualitative.kind': 'Jenis indikator',
  'qualitative.kind.KUANTITATIF': 'Kuantitatif (angka)',
  'qualitative.kind.KUALITATIF': 'Kualitatif (naratif)',
  'qualitative.tag': 'Kualitatif',
  'qualitative.narrativeTarget': 'Target naratif',
  'qualitative.narrativeTargetHint':
    'Uraikan hasil yang diharapkan dalam kalimat; tidak ada angka atau persen. Atasan menilainya setiap periode.',
  'qualitative.actionPlans': 'Rencana aksi per triwulan',
  'qualitative.narrative': 'Realisasi naratif',
  'qualitative.narrativeHint': 'Uraikan apa yang dicapai pada periode ini.',
  'qualitative.judgedBySupervisor': 'Dinilai atasan',
  'qualitative.awaitingJudgement': 'Menunggu penilaian atasan',
  'qualitative.judgement': 'Penilaian atasan: {rating}',
  'qualitative.noPercentage': 'Indikator kualitatif tidak memiliki persentase capaian.',
  'qualitative.judge': 'Penilaian indikator {name}',
  'qualitative.judgementsTitle': 'Indikator kualitatif',
  'qualitative.judgementsHint':
    'Nilai setiap indikator kualitatif dari target dan realisasi naratifnya. Penilaian ini ikut dihitung dalam saran rating hasil kerja.',
  'qualitative.unjudged': 'belum dinilai',
  'qualitative.suggestionCounts':
    'Saran menggabungkan capaian {numeric} indikator kuantitatif dan {judged} penilaian indikator kualitatif ({unjudged} belum dinilai, tidak dihitung).',
  'qualitative.savedSuggestion': 'Saran tersimpan: {rating}.',
  'qualitative.error.noValue': 'indikator kualitatif dilaporkan dengan narasi, bukan angka',
  'qualitative.error.noNarrative': 'narasi hanya untuk indikator kualitatif; isi angka realisasi',
  'qualitative.error.notJudgeable': 'bukan indikator kualitatif SKP ini',
  'qualitative.error.quarterOnce': 'setiap triwulan hanya boleh disebut satu kali',
} as const;
