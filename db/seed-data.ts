import type { Role } from '@/lib/domain/permissions';
import type { Locale } from '@/lib/i18n/config';

/** Password of every demo account (also listed in the README). */
export const DEMO_PASSWORD = 'Demo-Password-2026';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  country: string;
  ministry: string;
  jobTitle: string;
  preferredLanguage: Locale;
}

export const demoUsers: DemoUser[] = [
  {
    email: 'admin@example.org',
    name: 'Amina Rahimi',
    role: 'admin',
    country: 'Republic of Korea',
    ministry: 'CIO Academy',
    jobTitle: 'Platform administrator',
    preferredLanguage: 'en',
  },
  {
    email: 'instructor@example.org',
    name: 'Min-jun Park',
    role: 'instructor',
    country: 'Republic of Korea',
    ministry: 'Partner university',
    jobTitle: 'e-Government lecturer',
    preferredLanguage: 'en',
  },
  {
    email: 'manager@example.org',
    name: 'Aigerim Sadykova',
    role: 'manager',
    country: 'Kazakhstan',
    ministry: 'UNPOG partner programme',
    jobTitle: 'Programme manager',
    preferredLanguage: 'en',
  },
  {
    email: 'trainee@example.org',
    name: 'Farid Ahmadi',
    role: 'trainee',
    country: 'Afghanistan',
    ministry: 'Ministry of Communications and IT',
    jobTitle: 'Deputy CIO',
    preferredLanguage: 'en', // The English e2e journeys sign in as this account; the RTL spec switches a profile itself.
  },
  {
    email: 'nasrin.karimi@example.org',
    name: 'Nasrin Karimi',
    role: 'trainee',
    country: 'Afghanistan',
    ministry: 'Ministry of Finance',
    jobTitle: 'Head of IT',
    preferredLanguage: 'en', // The English e2e journeys sign in as this account; the RTL spec switches a profile itself.
  },
  {
    email: 'sione.tupou@example.org',
    name: 'Sione Tupou',
    role: 'trainee',
    country: 'Tonga',
    ministry: 'Ministry of Meteorology, Energy, Information, Disaster Management, Environment, Climate Change and Communications',
    jobTitle: 'ICT director',
    preferredLanguage: 'en',
  },
  {
    email: 'mere.waqa@example.org',
    name: 'Mere Waqa',
    role: 'trainee',
    country: 'Fiji',
    ministry: 'Ministry of Communications',
    jobTitle: 'Digital government lead',
    preferredLanguage: 'en',
  },
  {
    email: 'dilnoza.yusupova@example.org',
    name: 'Dilnoza Yusupova',
    role: 'trainee',
    country: 'Uzbekistan',
    ministry: 'Ministry for Development of IT and Communications',
    jobTitle: 'CIO',
    preferredLanguage: 'en',
  },
  {
    email: 'tenzin.dorji@example.org',
    name: 'Tenzin Dorji',
    role: 'trainee',
    country: 'Bhutan',
    ministry: 'Department of Information Technology and Telecom',
    jobTitle: 'Chief ICT officer',
    preferredLanguage: 'en',
  },
  {
    email: 'layla.haddad@example.org',
    name: 'ليلى حداد',
    role: 'trainee',
    country: 'Jordan',
    ministry: 'Ministry of Digital Economy',
    jobTitle: 'e-Services manager',
    preferredLanguage: 'en',
  },
  {
    email: 'zarghuna.stanekzai@example.org',
    name: 'Zarghuna Stanekzai',
    role: 'trainee',
    country: 'Afghanistan',
    ministry: 'Ministry of Rural Rehabilitation and Development',
    jobTitle: 'Head of information systems',
    preferredLanguage: 'en', // The Pashto journey of the RTL spec switches this profile itself; no other journey signs in as her.
  },
  {
    email: 'mariam.sultani@example.org',
    name: 'Mariam Sultani',
    role: 'trainee',
    country: 'Afghanistan',
    ministry: 'Ministry of Education',
    jobTitle: 'Director of information technology',
    preferredLanguage: 'en', // The translated-learning journey switches this profile to Dari itself; no other journey signs in as her.
  },
];
