/**
 * The demo programme's cohort: a deterministic list of trainees from the countries the source
 * documents name (Afghanistan, Kazakhstan, Central Asia, Armenia, Azerbaijan, the Pacific islands …)
 * and a plan of what each has done so far, so dashboards, at-risk lists and charts mean something on
 * a fresh `npm run demo`. Pure data: the seed turns each plan into commands.
 */

/** How far a trainee has got, relative to the cohort's pace. */
export type DemoPace = 'finished' | 'ahead' | 'on-pace' | 'behind' | 'stalled' | 'not-started';

export interface DemoCohortTrainee {
  email: string;
  name: string;
  country: string;
  ministry: string;
  jobTitle: string;
  preferredLanguage: string;
  pace: DemoPace;
}

/** What a trainee has done in one module. */
export interface DemoModulePlan {
  slug: string;
  lessonsDone: number;
  /** Quiz attempts in order: true = passed, false = failed. */
  attempts: boolean[];
}

export interface DemoTraineePlan {
  modules: DemoModulePlan[];
  /** Days before the seed's "today" of the trainee's last activity (null: never active). */
  lastActiveDaysAgo: number | null;
}

const people: readonly [name: string, country: string, ministry: string, jobTitle: string, language: string][] = [
  ['Ahmad Wali Sultani', 'Afghanistan', 'Ministry of Communications and IT', 'Director of e-Government', 'prs'],
  ['Zarghona Stanikzai', 'Afghanistan', 'Ministry of Education', 'Head of Information Systems', 'ps'],
  ['Mohammad Nabi Hotak', 'Afghanistan', 'Ministry of Finance', 'IT Manager', 'ps'],
  ['Habiba Noori', 'Afghanistan', 'Ministry of Public Health', 'Data Manager', 'prs'],
  ['Sayed Jawad Hashimi', 'Afghanistan', 'Independent Administrative Reform and Civil Service Commission', 'CIO', 'prs'],
  ['Fawzia Amiri', 'Afghanistan', 'Ministry of Commerce and Industries', 'Head of ICT', 'prs'],
  ['Gul Agha Zadran', 'Afghanistan', 'Ministry of Rural Rehabilitation and Development', 'Systems Analyst', 'ps'],
  ['Yerlan Abenov', 'Kazakhstan', 'Ministry of Digital Development', 'Deputy Director', 'en'],
  ['Dana Nurpeisova', 'Kazakhstan', 'e-Government Infrastructure Operator', 'Service Designer', 'en'],
  ['Askar Zhumabekov', 'Kazakhstan', 'Ministry of Finance', 'Head of Digital Transformation', 'en'],
  ['Gulnara Sarsenova', 'Kazakhstan', 'Akimat of Astana', 'CIO', 'en'],
  ['Bekzod Rakhimov', 'Uzbekistan', 'Ministry of Digital Technologies', 'Chief Specialist', 'en'],
  ['Malika Tursunova', 'Uzbekistan', 'Ministry of Justice', 'Head of IT Department', 'en'],
  ['Azamat Toktogulov', 'Kyrgyzstan', 'Ministry of Digital Development', 'Director of e-Services', 'en'],
  ['Nigina Saidova', 'Tajikistan', 'Ministry of Economic Development and Trade', 'ICT Adviser', 'en'],
  ['Batbayar Ganbold', 'Mongolia', 'Ministry of Digital Development and Communications', 'CIO', 'en'],
  ['Oyunchimeg Tserendorj', 'Mongolia', 'General Authority for State Registration', 'Head of Registry Systems', 'en'],
  ['Karma Wangchuk', 'Bhutan', 'GovTech Agency', 'Senior ICT Officer', 'en'],
  ['Pema Choden', 'Bhutan', 'Ministry of Finance', 'Digital Services Lead', 'en'],
  ['Armen Petrosyan', 'Armenia', 'Office of the Prime Minister', 'e-Governance Adviser', 'en'],
  ['Lilit Hovhannisyan', 'Armenia', 'Ministry of High-Tech Industry', 'Project Manager', 'en'],
  ['Elvin Mammadov', 'Azerbaijan', 'Ministry of Digital Development and Transport', 'Head of e-Services', 'en'],
  ['Sevinj Aliyeva', 'Azerbaijan', 'State Agency for Public Service and Social Innovations', 'CIO', 'en'],
  ['Tupe Leiataua', 'Samoa', 'Ministry of Communications and Information Technology', 'ICT Manager', 'en'],
  ['Faamoe Sapolu', 'Samoa', 'Ministry of Finance', 'Systems Administrator', 'en'],
  ['Viliami Fifita', 'Tonga', 'Prime Minister\u2019s Office', 'Government CIO', 'en'],
  ['Salote Kaufusi', 'Tonga', 'Ministry of Education and Training', 'Data Officer', 'en'],
  ['Ratu Josefa Vakacegu', 'Fiji', 'Ministry of Trade', 'Digital Government Officer', 'en'],
  ['Ana Tuilau', 'Fiji', 'Ministry of Health and Medical Services', 'Head of Health Information', 'en'],
  ['Jean-Pierre Kalo', 'Vanuatu', 'Office of the Government CIO', 'Network Manager', 'en'],
  ['Ruth Olisukulu', 'Solomon Islands', 'Ministry of Communication and Aviation', 'ICT Policy Officer', 'en'],
  ['Teburoro Ioane', 'Kiribati', 'Ministry of Information, Communications and Transport', 'ICT Officer', 'en'],
  ['Sita Gurung', 'Nepal', 'Department of Information Technology', 'Under Secretary', 'en'],
  ['Rajesh Shrestha', 'Nepal', 'Ministry of Home Affairs', 'Computer Engineer', 'en'],
  ['Nilanthi Perera', 'Sri Lanka', 'Information and Communication Technology Agency', 'Programme Director', 'en'],
  ['Aung Kyaw Min', 'Myanmar', 'Ministry of Transport and Communications', 'Deputy Director', 'en'],
  ['Sokha Chan', 'Cambodia', 'Ministry of Post and Telecommunications', 'Head of e-Government', 'en'],
  ['Khamla Phommasack', 'Lao PDR', 'Ministry of Technology and Communications', 'Deputy Director-General', 'en'],
  ['Ana Soares', 'Timor-Leste', 'TIC Timor', 'Systems Lead', 'en'],
  ['Abebe Tesfaye', 'Ethiopia', 'Ministry of Innovation and Technology', 'Director of e-Government', 'en'],
  ['Tahmina Akter', 'Bangladesh', 'Aspire to Innovate Programme', 'Policy Specialist', 'en'],
  ['Ahmed Shareef', 'Maldives', 'National Centre for Information Technology', 'Director', 'en'],
];

/** How the cohort spreads over paces, in the order people are listed (deterministic, not random). */
const paceCycle: readonly DemoPace[] = ['on-pace', 'ahead', 'behind', 'on-pace', 'stalled', 'finished', 'behind', 'on-pace', 'not-started', 'ahead'];

/** The demo cohort's trainees: 42 people from 25 countries, each with a pace. */
export function demoCohortTrainees(): DemoCohortTrainee[] {
  return people.map(([name, country, ministry, jobTitle, preferredLanguage], index) => ({
    email: `${emailLocalPart(name)}@demo.example.org`,
    name,
    country,
    ministry,
    jobTitle,
    preferredLanguage,
    pace: paceCycle[index % paceCycle.length] ?? 'on-pace',
  }));
}

function emailLocalPart(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[\s-]+/g, '.');
}

/** A small seeded PRNG (mulberry32), so every run of the seed plans the same cohort. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Modules fully done for each pace, out of the programme's modules. */
function modulesCompleted(pace: DemoPace, moduleCount: number, random: () => number): number {
  const pick = (low: number, high: number) => Math.min(moduleCount, low + Math.floor(random() * (high - low + 1)));
  switch (pace) {
    case 'finished':
      return moduleCount;
    case 'ahead':
      return pick(Math.ceil(moduleCount * 0.6), moduleCount - 1);
    case 'on-pace':
      return pick(Math.floor(moduleCount * 0.4), Math.ceil(moduleCount * 0.5));
    case 'behind':
      return pick(1, 2);
    case 'stalled':
      return pick(0, 2);
    case 'not-started':
      return 0;
  }
}

/**
 * What one trainee has done: whole modules in programme order, then part of the next one.
 * About one quiz in four is failed once before it is passed; a module in progress may hold a failed
 * attempt. Stalled trainees were last active 20–40 days ago, others within the last week.
 */
export function planTrainee(
  pace: DemoPace,
  modules: readonly { slug: string; lessonCount: number }[],
  random: () => number,
): DemoTraineePlan {
  const done = modulesCompleted(pace, modules.length, random);
  const plans: DemoModulePlan[] = [];
  modules.forEach((module, index) => {
    if (index < done) {
      const attempts = random() < 0.25 ? [false, true] : [true];
      plans.push({ slug: module.slug, lessonsDone: module.lessonCount, attempts });
    } else if (index === done && pace !== 'not-started' && pace !== 'finished') {
      const lessonsDone = Math.floor(random() * module.lessonCount);
      const attempts = lessonsDone === module.lessonCount - 1 && random() < 0.5 ? [false] : [];
      if (lessonsDone > 0) plans.push({ slug: module.slug, lessonsDone, attempts });
    }
  });
  const active = plans.length > 0;
  const lastActiveDaysAgo = !active ? null : pace === 'stalled' ? 20 + Math.floor(random() * 21) : Math.floor(random() * 7);
  return { modules: plans, lastActiveDaysAgo };
}
