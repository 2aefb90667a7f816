import { foldForSearch } from '../../shared/text.ts';

export const taskSearchText = (code: string, title: string) => foldForSearch(`${code} ${title}`);
