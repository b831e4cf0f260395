// Texts of signing in, the session and the roles; spread into dictionaries/id.ts.
export const authId = {
  'login.title': 'Masuk ke Kinerja',
  'login.subtitle': 'Gunakan NIP atau nama pengguna dan kata sandi Anda.',
  'login.username': 'NIP atau nama pengguna',
  'login.usernamePlaceholder': 'Contoh: 198503122010011004',
  'login.password': 'Kata sandi',
  'login.showPassword': 'Tampilkan kata sandi',
  'login.hidePassword': 'Sembunyikan kata sandi',
  'login.submit': 'Masuk',
  'login.submitting': 'Memproses…',
  'login.usernameRequired': 'NIP atau nama pengguna wajib diisi.',
  'login.passwordRequired': 'Kata sandi wajib diisi.',
  'login.error.invalidCredentials': 'NIP/nama pengguna atau kata sandi salah.',
  'login.error.rateLimited':
    'Terlalu banyak percobaan masuk. Coba lagi dalam {duration} (sekitar pukul {time}).',
  'login.error.rateLimitedNoTime':
    'Terlalu banyak percobaan masuk. Tunggu sebentar sebelum mencoba lagi.',
  'login.error.forbidden':
    'Akun ini tidak diizinkan masuk. Hubungi Subbagian Umum dan Kepegawaian.',
  'login.error.invalidInput': 'Periksa kembali NIP/nama pengguna dan kata sandi Anda.',
  'login.error.network':
    'Tidak dapat terhubung ke server. Periksa koneksi jaringan Anda lalu coba lagi.',
  'login.error.server': 'Terjadi gangguan pada server. Silakan coba beberapa saat lagi.',
  'login.error.unavailable':
    'Server sedang tidak tersedia untuk sementara. Silakan coba lagi sebentar lagi.',
  'login.sessionExpired': 'Sesi Anda telah berakhir. Silakan masuk kembali.',
  'login.footer': 'Pemerintah Kota Surabaya · Kecamatan Gayungan',

  'duration.minutesSeconds': '{minutes} menit {seconds} detik',
  'duration.minutes': '{minutes} menit',
  'duration.seconds': '{seconds} detik',

  'role.EMPLOYEE': 'Pegawai',
  'role.LEADER': 'Pimpinan',
  'role.HR_ADMIN': 'Admin Kepegawaian',
  'role.ANALYST': 'Analis',
  'login.forgot':
    'Lupa kata sandi? Hubungi Subbagian Umum dan Kepegawaian Kecamatan Gayungan: petugas akan mengatur ulang dan memberi Anda kata sandi sekali pakai.',
} as const;
