import { Gender } from '../../services/city/src/entities/member.entity';
import type { MemberRecord } from '../../services/city/src/services/directory-writer.service';
import { foldForSearch } from '../../services/shared/src/vietnamese-text';

/**
 * Splits `total` members over `count` units with a deterministic, uneven spread (no randomness, so
 * every load of the demo data produces the same figures), summing to exactly `total`.
 */
export function distributeMembers(total: number, count: number): number[] {
  const weights = Array.from({ length: count }, (_, index) => 6 + ((index * 7919) % 11));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const shares = weights.map((weight) => Math.floor((total * weight) / weightSum));
  let remainder = total - shares.reduce((sum, share) => sum + share, 0);
  for (let index = 0; remainder > 0; index = (index + 1) % count, remainder -= 1) shares[index] += 1;
  return shares;
}

/** A stable ASCII id from a Vietnamese name: "Trường THPT Cát Bà" -> "truong-thpt-cat-ba". */
export function slug(text: string): string {
  return foldForSearch(text).replace(/ /g, '-').slice(0, 64);
}

/** Plausible school names for invented fill-in units (marked isDemo). */
export const DEMO_SCHOOL_NAMES = [
  'Ánh Dương',
  'Bình Minh',
  'Hoa Sen',
  'Sao Mai',
  'Hướng Dương',
  'Tuổi Thơ',
  'Thăng Long',
  'Đông Đô',
  'Hồng Hà',
  'Lạc Long Quân',
  'Âu Cơ',
  'Văn Lang',
  'Bạch Đằng',
  'Chu Văn An',
  'Lê Lợi',
  'Quang Trung',
  'Trần Phú',
  'Nguyễn Trãi',
  'Lý Thường Kiệt',
  'Hai Bà Trưng',
  'Phan Bội Châu',
  'Tô Hiến Thành',
  'Nguyễn Du',
  'Hoàng Diệu',
  'Kim Đồng',
  'Võ Thị Sáu',
  'Ngô Quyền',
  'Đinh Tiên Hoàng',
  'Lương Thế Vinh',
  'Hồ Tùng Mậu',
  'Trưng Vương',
  'Yên Hòa',
  'Ngọc Lâm',
  'Phúc Lợi',
  'Thạch Bàn',
  'Mỹ Đình',
  'Xuân Đỉnh',
];

const GIVEN = ['Lan', 'Hương', 'Minh', 'Tuấn', 'Hà', 'Thảo', 'Dũng', 'Mai', 'Quang', 'Ngọc'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];

/** Invented members (marked isDemo) with invented personal data, to show who may read what. */
export function demoMembers(cityCode: string, unitId: string, count: number): MemberRecord[] {
  return Array.from({ length: count }, (_, index) => {
    const female = index % 3 !== 2;
    return {
      id: `${unitId}-m${String(index + 1).padStart(3, '0')}`,
      unitId,
      fullName: `${FAMILY[index % FAMILY.length]} Thị ${GIVEN[index % GIVEN.length]}`.replace(
        ' Thị',
        female ? ' Thị' : ' Văn',
      ),
      gender: female ? Gender.FEMALE : Gender.MALE,
      dateOfBirth: `19${80 + (index % 19)}-0${1 + (index % 9)}-1${index % 10}`,
      position: index === 0 ? 'Chủ tịch công đoàn cơ sở' : 'Giáo viên',
      joinedOn: `20${10 + (index % 13)}-09-05`,
      phone: `09${String(12345670 + index).padStart(8, '0')}`,
      nationalId: `0${cityCode === 'HN' ? '01' : '31'}${String(190000000 + index * 7919).padStart(9, '0')}`,
      address: `Số ${index + 1}, demo, ${cityCode === 'HN' ? 'Hà Nội' : 'Hải Phòng'}`,
      isDemo: true,
    };
  });
}
