import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useText } from '../../lib/i18n.ts';
import { UnitTreeItem } from './unit-tree-item.tsx';
import { openUnit, treeItemId } from './unit-links.ts';
import { unitsText } from './units.i18n.ts';
import { canExpand, type UnitTreeState } from './use-unit-tree.ts';

type Props = { tree: UnitTreeState; selectedCode: string | undefined };

const focusItem = (code: string) => document.getElementById(treeItemId(code))?.focus();

/**
 * WAI-ARIA tree with one tab stop (roving tabindex): ↑/↓ move, → opens or enters, ← closes or goes to
 * the parent, Home/End jump, Enter/Space open the unit's details.
 */
export function UnitTree({ tree, selectedCode }: Props) {
  const text = useText(unitsText);
  const { visible, branches, expanded, setOpen } = tree;
  const [focused, setFocused] = useState<string | undefined>();
  const isVisible = (code: string | undefined) => code !== undefined && visible.some((item) => item.node.code === code);
  // The tab stop is the last focused item, else the selected unit, else the root.
  const tabStop = [focused, selectedCode].find(isVisible) ?? visible[0]?.node.code;

  // Once the selected unit's branch has loaded, scroll the tree's own box (never the page) to show it.
  const boxRef = useRef<HTMLDivElement>(null);
  const isSelectedVisible = isVisible(selectedCode);
  useEffect(() => {
    const box = boxRef.current;
    const row = selectedCode ? document.getElementById(treeItemId(selectedCode))?.firstElementChild : null;
    if (!box || !row || !isSelectedVisible) return;
    const boxRect = box.getBoundingClientRect();
    const rowRect = row.getBoundingClientRect();
    if (rowRect.top < boxRect.top || rowRect.bottom > boxRect.bottom)
      box.scrollTop += rowRect.top - boxRect.top - box.clientHeight / 3;
  }, [selectedCode, isSelectedVisible]);

  function moveTo(code: string | undefined) {
    if (!code) return;
    setFocused(code);
    focusItem(code);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const index = visible.findIndex((item) => item.node.code === tabStop);
    const current = visible[index];
    if (!current) return;
    const { node } = current;
    const isOpen = expanded.has(node.code);
    const isParent = canExpand(node, branches[node.code]);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(visible[index + 1]?.node.code),
      ArrowUp: () => moveTo(visible[index - 1]?.node.code),
      Home: () => moveTo(visible[0]?.node.code),
      End: () => moveTo(visible.at(-1)?.node.code),
      ArrowRight: () => {
        if (isParent && !isOpen) setOpen(node.code, true);
        else if (isOpen && visible[index + 1]?.parentCode === node.code) moveTo(visible[index + 1]?.node.code);
      },
      ArrowLeft: () => {
        if (isOpen && isParent) setOpen(node.code, false);
        else moveTo(current.parentCode ?? undefined);
      },
      Enter: () => openUnit(node.code),
      ' ': () => openUnit(node.code),
    };
    const action = keys[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  }

  const root = visible[0];
  if (!root) return null;
  return (
    <div className="tree-scroll" ref={boxRef}>
      <ul className="tree" role="tree" aria-label={text.tree} onKeyDown={handleKeyDown}>
        <UnitTreeItem
          node={root.node}
          depth={1}
          position={{ index: 1, size: 1 }}
          tree={tree}
          selectedCode={selectedCode}
          tabStop={tabStop}
          onFocusItem={setFocused}
        />
      </ul>
    </div>
  );
}
