// Name, address and phone material for demo and generated people. Indramayu mixes Javanese
// (Dermayon, the coast and the east) and Sundanese (the south-west, around Haurgeulis and Gantar)
// naming; older people often carry a single name, younger ones Islamic or modern given names.
import { day, type Random } from './random.ts';
import type { NikGender } from './nik.ts';

const TRADITIONAL_MALE = [
  'Carsim', 'Casmadi', 'Darsono', 'Kasmadi', 'Rasmadi', 'Taryadi', 'Tarsono', 'Warsono',
  'Sanijo', 'Carmad', 'Darmin', 'Waryono', 'Taryono', 'Sukardi', 'Karsiman', 'Sutrisno',
  'Slamet', 'Sugeng', 'Suparman', 'Sarip', 'Tarmidi', 'Wartono', 'Kadmiri', 'Rusdi',
  'Dadang', 'Tatang', 'Oman', 'Nana', 'Engkus', 'Mamat', 'Yayat', 'Odih',
] as const;

const ADULT_MALE = [
  'Asep', 'Ujang', 'Dedi', 'Agus', 'Budi', 'Cecep', 'Eko', 'Hendra', 'Iwan', 'Jajang',
  'Kurnia', 'Rudi', 'Saepul', 'Wawan', 'Yusuf', 'Ahmad', 'Bambang', 'Junaedi', 'Mulyadi',
  'Supriyadi', 'Suherman', 'Wahyudi', 'Arif', 'Heri', 'Imam', 'Joko', 'Nanang', 'Purnomo',
  'Rohman', 'Sodikin', 'Udin', 'Yanto', 'Zaenal', 'Aep', 'Deden', 'Ilham', 'Irfan', 'Dodi',
  'Rahmat', 'Hasan', 'Abdul Rohim', 'Muhamad Toha', 'Tarya', 'Casta', 'Sanusi', 'Darto',
] as const;

const YOUNG_MALE = [
  'Muhammad Rizky', 'Aditya', 'Fajar', 'Rafi', 'Alif', 'Daffa', 'Fadil', 'Naufal', 'Rehan',
  'Arya', 'Dimas', 'Galang', 'Bagas', 'Akbar', 'Raka', 'Farhan', 'Zidan', 'Rizal', 'Andika',
  'Firman', 'Gilang', 'Rangga', 'Yoga', 'Ridwan', 'Fauzan', 'Azka', 'Rasya', 'Haikal',
] as const;

const TRADITIONAL_FEMALE = [
  'Tarsih', 'Warsini', 'Casinah', 'Darsih', 'Rasinah', 'Karsinah', 'Sariah', 'Tarmi',
  'Wartini', 'Darmi', 'Sumiati', 'Suminah', 'Kartini', 'Sulastri', 'Rumsinah', 'Tasem',
  'Waryati', 'Carini', 'Kokom', 'Entin', 'Iyah', 'Onah', 'Enok', 'Cicih',
] as const;

const ADULT_FEMALE = [
  'Siti', 'Sri', 'Neneng', 'Euis', 'Yuyun', 'Nining', 'Tati', 'Iis', 'Imas', 'Lilis', 'Cucu',
  'Dewi', 'Ratna', 'Wati', 'Rina', 'Ani', 'Yati', 'Ela', 'Nenden', 'Rini', 'Susanti', 'Fitri',
  'Nurhayati', 'Indah', 'Ayu', 'Lestari', 'Puspita', 'Mega', 'Nia', 'Wulan', 'Yulia', 'Rohmah',
  'Eni', 'Dian', 'Ika', 'Tuti', 'Siti Aminah', 'Siti Khodijah', 'Nur Aisah', 'Heni', 'Leli',
] as const;

const YOUNG_FEMALE = [
  'Nayla', 'Aisyah', 'Zahra', 'Putri', 'Salsabila', 'Nabila', 'Aulia', 'Keisya', 'Syifa',
  'Alya', 'Dinda', 'Anisa', 'Citra', 'Amelia', 'Rahma', 'Nadia', 'Tiara', 'Intan', 'Aurel',
  'Zaskia', 'Kayla', 'Naura', 'Adinda', 'Marsya',
] as const;

const MALE_SECOND = [
  'Suryana', 'Hidayat', 'Permana', 'Saputra', 'Kurniawan', 'Setiawan', 'Gunawan', 'Hermawan',
  'Nugraha', 'Sopandi', 'Supriatna', 'Sudrajat', 'Wijaya', 'Santoso', 'Prasetyo', 'Firmansyah',
  'Ramdani', 'Maulana', 'Hakim', 'Rahman', 'Mulyana', 'Ruhiyat', 'Sutisna', 'Kusnadi', 'Effendi',
  'Hidayatullah', 'Fauzi', 'Sholeh', 'Wibowo', 'Pratama',
] as const;

const FEMALE_SECOND = [
  'Rahmawati', 'Susilawati', 'Nurjanah', 'Lestari', 'Handayani', 'Kurniasih', 'Wulandari',
  'Mulyani', 'Purnamasari', 'Fitriani', 'Rosita', 'Maryati', 'Suryani', 'Kusmiati', 'Oktaviani',
  'Saputri', 'Komalasari', 'Herawati', 'Rohayati', 'Hasanah', 'Nuraeni', 'Sari', 'Pertiwi',
] as const;

/**
 * A plausible name for someone of this gender born in `birthYear`: single traditional names for
 * the elderly, given + second name for most adults, modern names for the young.
 */
export function personName(random: Random, gender: NikGender, birthYear: number): string {
  const male = gender === 'MALE';
  if (birthYear < 1960) {
    const given = random.pick(male ? TRADITIONAL_MALE : TRADITIONAL_FEMALE);
    return random.chance(0.6) ? given : `${given} ${random.pick(male ? MALE_SECOND : FEMALE_SECOND)}`;
  }
  const given =
    birthYear >= 1995
      ? random.pick(male ? YOUNG_MALE : YOUNG_FEMALE)
      : random.chance(0.15)
        ? random.pick(male ? TRADITIONAL_MALE : TRADITIONAL_FEMALE)
        : random.pick(male ? ADULT_MALE : ADULT_FEMALE);
  return random.chance(0.8) ? `${given} ${random.pick(male ? MALE_SECOND : FEMALE_SECOND)}` : given;
}

// Indramayu villages are divided into "blok" hamlets, many named after the Javanese market days.
const BLOK = [
  'Kliwon', 'Manis', 'Pahing', 'Pon', 'Wage', 'Legi', 'Karanganyar', 'Sumur', 'Kebon', 'Tegal',
  'Kidul', 'Lor', 'Wetan', 'Kulon', 'Tengah', 'Pasar', 'Masjid', 'Sawah', 'Cangkring', 'Krajan',
] as const;

/** An address line such as "Blok Kliwon RT 002/RW 001". */
export function blokAddress(random: Random): string {
  const rw = random.int(1, 8);
  const rt = random.int(1, 4) + (rw - 1) * 3;
  return `Blok ${random.pick(BLOK)} RT ${pad3(rt)}/RW ${pad3(rw)}`;
}

// Prefixes of the mobile operators common in West Java (Telkomsel, Indosat, XL, Tri, Smartfren).
const MOBILE_PREFIXES = ['0812', '0813', '0821', '0822', '0852', '0853', '0857', '0858', '0877', '0878', '0895', '0896', '0881'] as const;

/** A 12-digit mobile number such as 081234567890. */
export function mobilePhone(random: Random): string {
  return random.pick(MOBILE_PREFIXES) + String(random.int(0, 99_999_999)).padStart(8, '0');
}

function pad3(value: number): string {
  return String(value).padStart(3, '0');
}

const KK_EARLIEST = day('2005-01-01');
const KK_LATEST = day('2023-12-31');

/** When a family card listing someone born on `birthDate` was issued: after their birth, 2005–2023. */
export function familyCardIssueDate(random: Random, birthDate: Date): Date {
  return random.date(birthDate > KK_EARLIEST ? birthDate : KK_EARLIEST, KK_LATEST);
}
