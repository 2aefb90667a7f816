import type { FocusEvent, MouseEvent } from 'react';
import { useLang, useText } from '../../lib/i18n.ts';
import { formatNumber } from '../../lib/format.ts';
import { Loading } from '../../lib/ui/loading.tsx';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { openUnit, treeItemId } from './unit-links.ts';
import { unitsText } from './units.i18n.ts';
import { canExpand, type TreeNode, type UnitTreeState } from './use-unit-tree.ts';

type Props = {
  node: TreeNode;
  depth: number;
  position: { index: number; size: number };
  tree: UnitTreeState;
  selectedCode: string | undefined;
  tabStop: string | undefined;
  onFocusItem: (code: string) => void;
};

export function UnitTreeItem({ node, depth, position, tree, selectedCode, tabStop, onFocusItem }: Props) {
  const text = useText(unitsText);
  const { lang } = useLang();
  const branch = tree.branches[node.code];
  const isParent = canExpand(node, branch);
  const isOpen = isParent && tree.expanded.has(node.code);
  const id = treeItemId(node.code);

  const handleFocus = (event: FocusEvent<HTMLLIElement>) => {
    if (event.target === event.currentTarget) onFocusItem(node.code);
  };
  const handleToggle = (event: MouseEvent) => {
    event.stopPropagation();
    tree.setOpen(node.code, !isOpen);
  };

  return (
    <li
      id={id}
      role="treeitem"
      className="tree__item"
      aria-level={depth}
      aria-setsize={position.size}
      aria-posinset={position.index}
      aria-expanded={isParent ? isOpen : undefined}
      aria-selected={node.code === selectedCode}
      aria-labelledby={`${id}-label`}
      tabIndex={node.code === tabStop ? 0 : -1}
      onFocus={handleFocus}
    >
      <div
        className={node.code === selectedCode ? 'tree__row tree__row--selected' : 'tree__row'}
        onClick={() => openUnit(node.code)}
      >
        <span
          className={isParent ? 'tree__toggle' : 'tree__toggle tree__toggle--leaf'}
          aria-hidden="true"
          onClick={isParent ? handleToggle : undefined}
        >
          {isParent ? (isOpen ? '▾' : '▸') : '•'}
        </span>
        <span id={`${id}-label`} className="tree__label">
          {node.fullName}
        </span>
        {node.childCount !== null && node.childCount > 0 && (
          <span className="tree__count" aria-hidden="true">
            {formatNumber(node.childCount, lang)}
          </span>
        )}
      </div>
      {isOpen && (
        <ul role="group" className="tree__group">
          {branch?.status === 'loading' && (
            <li role="none">
              <Loading />
            </li>
          )}
          {branch?.status === 'error' && (
            <li role="none">
              <ErrorAlert error={branch.error} onRetry={() => tree.retry(node.code)} />
            </li>
          )}
          {branch?.status === 'loaded' &&
            branch.nodes.map((child, index) => (
              <UnitTreeItem
                key={child.code}
                node={child}
                depth={depth + 1}
                position={{ index: index + 1, size: branch.nodes.length }}
                tree={tree}
                selectedCode={selectedCode}
                tabStop={tabStop}
                onFocusItem={onFocusItem}
              />
            ))}
          {branch?.status === 'loaded' && branch.total > branch.nodes.length && (
            <li role="none" className="tree__note">
              {text.partialChildren(formatNumber(branch.nodes.length, lang), formatNumber(branch.total, lang))}
            </li>
          )}
        </ul>
      )}
    </li>
  );
}
